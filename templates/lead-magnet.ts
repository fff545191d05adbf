import { defineForm } from '../src/engine/definition/defineForm';

export const leadMagnet = defineForm({
  slug: 'lead-magnet',
  title: 'The small-business guide to faster follow-up',
  intro:
    'How to answer every enquiry within the hour: reply templates, a follow-up schedule and a one-page checklist. Free, and yours straight away.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Get the guide',
  fields: [
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'text', name: 'first_name', label: 'First name', maxLength: 60, autocomplete: 'given-name' },
    {
      kind: 'select',
      name: 'role',
      label: 'Your role',
      required: true,
      options: [
        { value: 'owner', label: 'Owner or founder' },
        { value: 'sales', label: 'Sales' },
        { value: 'marketing', label: 'Marketing' },
        { value: 'operations', label: 'Operations or admin' },
        { value: 'other', label: 'Other' },
      ],
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'Send me occasional emails with follow-up tips and related guides. I can unsubscribe at any time with the link in every email.',
      version: '2026-11-01',
    },
  ],
  thankYou: {
    title: 'Your guide is ready',
    body: 'Download it below. It takes about 15 minutes to read, and the checklist on the last page fits on a fridge door.',
    link: { href: '/guides/follow-up-guide.pdf', label: 'Download the guide (PDF)' },
  },
});
