import { defineForm } from '../src/engine/definition/defineForm';

export const waitlist = defineForm({
  slug: 'waitlist',
  title: 'Join the waitlist',
  intro: 'This item is sold out. Leave your email and we will let you know as soon as your size is back.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Join the waitlist',
  fields: [
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'text', name: 'first_name', label: 'First name', maxLength: 60, autocomplete: 'given-name' },
    {
      kind: 'select',
      name: 'size',
      label: 'Size',
      required: true,
      options: [
        { value: 'xs', label: 'XS' },
        { value: 's', label: 'S' },
        { value: 'm', label: 'M' },
        { value: 'l', label: 'L' },
        { value: 'xl', label: 'XL' },
        { value: 'xxl', label: 'XXL' },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'notify_about',
      label: 'Notify me about',
      required: true,
      options: [
        { value: 'restock', label: 'My size being back in stock' },
        { value: 'launch-discount', label: 'The launch discount for waitlist members' },
        { value: 'new-colours', label: 'New colours of this item' },
      ],
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Email consent',
      required: true,
      text: 'Email me about the updates I ticked above. I can unsubscribe at any time with the link in every email.',
      version: '2026-11-01',
    },
    { kind: 'hidden', name: 'utm_source', label: 'Campaign source' },
    { kind: 'hidden', name: 'utm_medium', label: 'Campaign medium' },
    { kind: 'hidden', name: 'utm_campaign', label: 'Campaign name' },
  ],
  thankYou: {
    title: 'You are on the list',
    body: 'We will email you as soon as your size is back in stock. Waitlist members hear first, before we announce the restock.',
  },
});
