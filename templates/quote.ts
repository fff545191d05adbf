import { defineForm } from '../src/engine/definition/defineForm';

export const quote = defineForm({
  slug: 'quote',
  title: 'Request a quote',
  intro: 'Tell us about your project and we will send you a tailored quote within one working day.',
  locale: 'en',
  phoneCountry: 'US',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Get my quote',
  fields: [
    { kind: 'text', name: 'name', label: 'Your name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'tel', name: 'phone', label: 'Phone', help: 'We only call about this quote.' },
    {
      kind: 'select',
      name: 'service',
      label: 'Service',
      required: true,
      options: [
        { value: 'web-design', label: 'Website design' },
        { value: 'seo', label: 'Search engine optimisation' },
        { value: 'ads', label: 'Paid advertising' },
        { value: 'branding', label: 'Branding' },
      ],
    },
    {
      kind: 'radio',
      name: 'budget',
      label: 'Budget',
      required: true,
      options: [
        { value: 'under-2k', label: 'Under $2,000' },
        { value: '2k-10k', label: '$2,000 – $10,000' },
        { value: 'over-10k', label: 'Over $10,000' },
      ],
    },
    {
      kind: 'select',
      name: 'timeline',
      label: 'When do you want to start?',
      required: true,
      options: [
        { value: 'asap', label: 'As soon as possible' },
        { value: '1-3-months', label: 'In 1–3 months' },
        { value: 'later', label: 'Later this year' },
      ],
    },
    { kind: 'textarea', name: 'message', label: 'About your project', maxLength: 2000 },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that Formwell Studio may contact me about this quote by email or phone.',
      version: '2026-11-01',
    },
  ],
  scoring: {
    rules: [
      { when: { field: 'budget', equals: 'over-10k' }, points: 40, label: 'Budget over $10,000' },
      { when: { field: 'budget', equals: '2k-10k' }, points: 20, label: 'Budget $2,000–$10,000' },
      { when: { field: 'timeline', equals: 'asap' }, points: 30, label: 'Wants to start as soon as possible' },
      { when: { field: 'timeline', equals: '1-3-months' }, points: 15, label: 'Wants to start in 1–3 months' },
      { when: { field: 'service', equals: 'web-design' }, points: 10, label: 'Website design, our largest projects' },
      { when: { field: 'phone', answered: true }, points: 10, label: 'Left a phone number' },
    ],
    hot: 60,
    warm: 30,
  },
  // The sample connections: each starts delivering once its address is set (see .dev.vars.example).
  webhooks: [
    { id: 'crm', url: { env: 'QUOTE_WEBHOOK_URL' }, secret: 'QUOTE_WEBHOOK_SECRET', optional: true },
    { id: 'sales-chat', url: { env: 'QUOTE_SLACK_URL' }, format: 'slack', tiers: ['hot'], optional: true },
  ],
  // Emails the owner about each lead once OWNER_EMAIL_TO and OWNER_EMAIL_FROM are set.
  notify: { email: true },
  // Sites that embed this form (public/embed.js) and may call its API: set QUOTE_EMBED_ORIGINS to their
  // origins, space-separated, e.g. "https://www.example.com https://shop.example.com".
  embed: { origins: [{ env: 'QUOTE_EMBED_ORIGINS' }] },
  // Leads from the business's Facebook and Instagram lead ads land here too (README: "Lead ads from Meta").
  leadAds: {
    meta: {
      pageId: '100000000000001',
      fields: {
        full_name: 'name',
        email: 'email',
        phone_number: 'phone',
        which_service: 'service',
        budget: 'budget',
        timeline: 'timeline',
      },
      consents: { contact_consent: 'consent' },
    },
  },
  thankYou: {
    title: 'Thank you, your request is in',
    body: 'We will reply with a quote within one working day.',
  },
});
