import { defineForm } from '../src/engine/definition/defineForm';

export const newsletter = defineForm({
  slug: 'newsletter',
  title: 'Get our newsletter',
  intro: 'New arrivals, practical tips and subscriber-only offers. No spam, and you can unsubscribe in one click.',
  locale: 'en',
  // Subscribers who never confirmed are not kept for ever: the Worker's cron erases leads after a year.
  retentionDays: 365,
  theme: { brand: '#1f6feb' },
  submitLabel: 'Subscribe',
  fields: [
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'text', name: 'first_name', label: 'First name', maxLength: 60, autocomplete: 'given-name' },
    {
      kind: 'checkboxes',
      name: 'interests',
      label: 'What interests you?',
      help: 'Pick up to 3.',
      maxSelected: 3,
      options: [
        { value: 'new-arrivals', label: 'New arrivals' },
        { value: 'offers', label: 'Offers and discounts' },
        { value: 'guides', label: 'How-to guides' },
        { value: 'events', label: 'Events and workshops' },
        { value: 'behind-the-scenes', label: 'Behind the scenes' },
      ],
    },
    {
      kind: 'radio',
      name: 'frequency',
      label: 'How often?',
      required: true,
      options: [
        { value: 'weekly', label: 'Every week' },
        { value: 'monthly', label: 'Once a month' },
      ],
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Marketing consent',
      required: true,
      text: 'Yes, send me the newsletter and offers by email. I can unsubscribe at any time with the link in every email.',
      version: '2026-11-01',
    },
  ],
  thankYou: {
    title: 'You are subscribed',
    body: 'Thanks for signing up. Your first newsletter arrives with our next issue.',
  },
});
