import { defineForm } from '../src/engine/definition/defineForm';

export const demo = defineForm({
  slug: 'demo',
  title: 'Book a demo',
  intro: 'A 30-minute call with a product specialist, tailored to your team. It takes two minutes to book.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Request my demo',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Work email', required: true },
    { kind: 'text', name: 'company', label: 'Company', required: true, maxLength: 120, autocomplete: 'organization' },
    { kind: 'text', name: 'job_title', label: 'Job title', maxLength: 120, autocomplete: 'organization-title' },
    {
      kind: 'radio',
      name: 'company_size',
      label: 'Company size',
      required: true,
      options: [
        { value: '1-10', label: '1–10 people' },
        { value: '11-50', label: '11–50 people' },
        { value: '51-200', label: '51–200 people' },
        { value: '201+', label: '201 or more' },
      ],
    },
    {
      kind: 'number',
      name: 'seats',
      label: 'How many seats do you need?',
      required: true,
      min: 1,
      max: 10000,
      step: 1,
      // Asked once a size is chosen that needs it: an unanswered size shows nothing yet.
      showIf: { field: 'company_size', oneOf: ['11-50', '51-200', '201+'] },
    },
    {
      kind: 'checkboxes',
      name: 'use_cases',
      label: 'What will you use it for?',
      required: true,
      options: [
        { value: 'lead-capture', label: 'Capturing leads' },
        { value: 'quotes', label: 'Quotes and estimates' },
        { value: 'bookings', label: 'Bookings and appointments' },
        { value: 'surveys', label: 'Customer surveys' },
      ],
    },
    {
      kind: 'select',
      name: 'timeline',
      label: 'When do you want to start?',
      required: true,
      options: [
        { value: 'this-quarter', label: 'This quarter' },
        { value: 'next-quarter', label: 'Next quarter' },
        { value: 'later', label: 'Later this year' },
        { value: 'exploring', label: 'Just exploring' },
      ],
    },
    {
      kind: 'range',
      name: 'budget',
      label: 'Monthly budget (USD)',
      required: true,
      min: 0,
      max: 10000,
      step: 500,
      initial: 1000,
      unit: 'USD',
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that you may contact me by email or phone to arrange this demo.',
      version: '2026-11-01',
    },
    {
      kind: 'consent',
      name: 'ad_measurement',
      label: 'Ad measurement',
      text: 'Optional: when my request goes ahead, you may tell Meta and Google that it came from their ads, with my email scrambled (hashed), so you can see which ads work.',
      version: '2026-11-28',
    },
    {
      kind: 'textarea',
      name: 'must_haves',
      label: 'What must the tool do on day one?',
      help: 'We will show you exactly that in the demo.',
      maxLength: 1500,
    },
  ],
  steps: [
    { id: 'about-you', title: 'About you', fields: ['name', 'email', 'company', 'job_title'] },
    {
      id: 'your-team',
      title: 'Your team',
      fields: ['company_size', 'seats', 'use_cases', 'timeline', 'budget', 'consent', 'ad_measurement'],
    },
    {
      id: 'details',
      title: 'Before we talk',
      intro: 'You want to start soon, so tell us what matters most and we will focus the demo on it.',
      fields: ['must_haves'],
      showIf: { field: 'timeline', equals: 'this-quarter' },
    },
  ],
  scoring: {
    rules: [
      { when: { field: 'company_size', equals: '201+' }, points: 40, label: '201 or more people' },
      { when: { field: 'company_size', equals: '51-200' }, points: 30, label: '51–200 people' },
      { when: { field: 'company_size', equals: '11-50' }, points: 15, label: '11–50 people' },
      { when: { field: 'timeline', equals: 'this-quarter' }, points: 30, label: 'Wants to start this quarter' },
      { when: { field: 'timeline', equals: 'next-quarter' }, points: 15, label: 'Wants to start next quarter' },
      { when: { field: 'timeline', equals: 'exploring' }, points: -10, label: 'Just exploring' },
      { when: { field: 'budget', greaterThan: 2999 }, points: 20, label: 'Budget of $3,000 a month or more' },
      { when: { field: 'seats', greaterThan: 49 }, points: 10, label: '50 seats or more' },
    ],
    hot: 70,
    warm: 35,
  },
  // A visitor who leaves after the consent on step two is kept as a partial lead, resumable by a signed link.
  partialLeads: { consent: 'consent' },
  reply: {
    subject: 'Your demo request',
    body: 'Hello {name},\n\nthank you for your interest. A product specialist will email you within one working day to find a time for your demo.',
  },
  // Qualified and won demos go back to the ads that brought them, for leads who ticked ad_measurement
  // (README: "Conversions back to the ad platforms"). Nothing is sent until the secrets are set.
  conversions: {
    consent: 'ad_measurement',
    meta: { pixelId: '200000000000002' },
    google: { customerId: '1234567890', actions: { qualified: '987654321', won: '987654322' } },
  },
  thankYou: {
    site: { href: 'https://northwind.example', label: 'Back to Northwind' },
    title: 'Thanks, we will be in touch',
    body: 'A product specialist will email you within one working day to find a time for your demo.',
    // The visitor sees only the step; the tier that chose it stays with the owner.
    next: {
      hot: {
        text: 'Rather not wait? Pick a time for your demo now.',
        label: 'Book a demo slot',
        href: 'https://cal.com/northwind/demo?name={name}&email={email}',
      },
      warm: {
        text: 'While you wait, see how teams like yours set up in a week.',
        label: 'Read the setup guide',
        href: 'https://northwind.example/guides/first-week',
      },
      cold: {
        text: 'Not ready yet? Get one short email a month with what is new.',
        label: 'Join the newsletter',
        href: 'https://northwind.example/newsletter?email={email}',
      },
    },
  },
});
