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
  // An A/B test of the headline: the guide's name against the promise it keeps. The funnel judges them on qualified leads.
  variants: [
    { id: 'guide', label: 'The guide’s name', weight: 50 },
    {
      id: 'promise',
      label: 'The promise, name first',
      weight: 50,
      title: 'Answer every enquiry within the hour',
      intro:
        'A free 15-minute guide for small businesses: reply templates, a follow-up schedule and a checklist for the fridge door.',
      order: ['first_name', 'email', 'role', 'consent'],
      questions: { first_name: { label: 'Your first name' } },
    },
  ],
  download: {
    filename: 'faster-follow-up.pdf',
    label: 'Download the guide (PDF)',
    title: 'The small-business guide to faster follow-up',
    text: [
      'An enquiry is worth most in the first hour. This guide shows how to answer every one within it, without hiring.',
      '# 1. Answer at once, even if only to say when',
      'Send a short reply within minutes: thank them, say when you will call, and ask the one question you need answered before you can quote.',
      '# 2. A follow-up schedule',
      'Day 0: reply and call. Day 1: call again at a different time of day. Day 3: a short email with one useful idea. Day 7: a last friendly note that leaves the door open.',
      '# 3. Reply templates',
      '“Thanks for getting in touch about {project}. I can call you today at {time}, or pick a time that suits you here: {link}.”',
      '# 4. The fridge-door checklist',
      'Every enquiry answered within the hour. Every missed call returned the same day. Every quote followed up twice. Every lost deal asked why.',
    ].join('\n\n'),
  },
  reply: {
    subject: 'Your guide: faster follow-up',
    body: 'Hello {first_name},\n\nthank you for asking for the guide. Here it is: {download}\n\nThe link works for 7 days. It takes about 15 minutes to read, and the checklist on the last page fits on a fridge door.',
  },
  thankYou: {
    title: 'Your guide is ready',
    body: 'Download it below; we have emailed you the link, too. It takes about 15 minutes to read, and the checklist on the last page fits on a fridge door.',
  },
});
