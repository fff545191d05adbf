import { defineForm } from '../src/engine/definition/defineForm';

export const webinar = defineForm({
  slug: 'webinar',
  title: 'Register for the webinar',
  intro:
    'Live online: 45 minutes plus questions. Register and we will email you the joining link and, afterwards, the recording.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Save my seat',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'text', name: 'company', label: 'Company', required: true, maxLength: 120, autocomplete: 'organization' },
    { kind: 'text', name: 'job_title', label: 'Job title', maxLength: 120, autocomplete: 'organization-title' },
    {
      kind: 'select',
      name: 'heard_from',
      label: 'How did you hear about us?',
      options: [
        { value: 'search', label: 'Search engine' },
        { value: 'linkedin', label: 'LinkedIn' },
        { value: 'newsletter', label: 'Our newsletter' },
        { value: 'colleague', label: 'A colleague or friend' },
        { value: 'event', label: 'An event or podcast' },
        { value: 'other', label: 'Other' },
      ],
    },
    {
      kind: 'rating',
      name: 'familiarity',
      label: 'How familiar are you with the topic?',
      help: '1 = new to it, 5 = I work with it every day.',
      max: 5,
    },
    {
      kind: 'textarea',
      name: 'questions',
      label: 'Questions for the speaker',
      help: 'We will answer as many as we can live.',
      maxLength: 1000,
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that you may email me the joining link, a reminder and the recording of this webinar.',
      version: '2026-11-01',
    },
    { kind: 'hidden', name: 'utm_source', label: 'Campaign source' },
  ],
  reply: {
    subject: 'Your seat is saved: {form}',
    body: 'Hello {name},\n\nyour seat is saved. Here is everything you need to join:',
    event: {
      title: 'Live webinar: faster follow-up for small teams',
      start: '2026-12-10T16:00:00Z',
      minutes: 60,
      joinUrl: 'https://meet.example.com/formwell-webinar',
    },
  },
  thankYou: {
    title: 'Your seat is saved',
    body: 'We have sent the joining link to your email. Add the webinar to your calendar so you do not miss the start.',
  },
});
