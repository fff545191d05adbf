import { defineForm } from '../src/engine/definition/defineForm';

export const contact = defineForm({
  slug: 'contact',
  title: 'Contact us',
  intro: 'Send us a message and we will get back to you within one working day.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Send message',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'tel', name: 'phone', label: 'Phone', help: 'If you would rather we call you back.' },
    {
      kind: 'select',
      name: 'subject',
      label: 'Subject',
      required: true,
      options: [
        { value: 'question', label: 'A question about our products or services' },
        { value: 'order', label: 'An existing order' },
        { value: 'support', label: 'Help with something that is not working' },
        { value: 'partnership', label: 'Partnerships and press' },
        { value: 'other', label: 'Something else' },
      ],
    },
    { kind: 'textarea', name: 'message', label: 'Message', required: true, minLength: 10, maxLength: 3000 },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that you may use my details to reply to this message by email or phone.',
      version: '2026-11-01',
    },
  ],
  thankYou: {
    title: 'Thanks, your message is on its way',
    body: 'We will reply within one working day, usually sooner.',
  },
});
