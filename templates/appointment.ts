import { defineForm } from '../src/engine/definition/defineForm';

export const appointment = defineForm({
  slug: 'appointment',
  title: 'Request an appointment',
  intro: 'Choose a service and a day that suits you. We will confirm your time by email within one working day.',
  locale: 'en',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Request appointment',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    {
      kind: 'tel',
      name: 'phone',
      label: 'Phone',
      help: 'Only used if we need to move your appointment.',
      countryPicker: true,
    },
    {
      kind: 'radio',
      name: 'service',
      label: 'Service',
      required: true,
      options: [
        { value: 'consultation', label: 'First consultation (30 min)' },
        { value: 'standard', label: 'Standard appointment (60 min)' },
        { value: 'extended', label: 'Extended appointment (90 min)' },
        { value: 'follow-up', label: 'Follow-up visit (30 min)' },
      ],
    },
    {
      kind: 'date',
      name: 'date',
      label: 'Preferred date',
      help: 'Monday to Friday, up to 90 days ahead. If the day is fully booked, we will suggest the nearest free one.',
      required: true,
      min: '+1d',
      max: '+90d',
      weekdays: true,
    },
    {
      kind: 'select',
      name: 'time_of_day',
      label: 'Preferred time',
      required: true,
      options: [
        { value: 'morning', label: 'Morning (9am–12pm)' },
        { value: 'afternoon', label: 'Afternoon (12–5pm)' },
        { value: 'evening', label: 'Evening (5–7pm)' },
      ],
    },
    { kind: 'number', name: 'people', label: 'Number of people', required: true, min: 1, max: 20, step: 1 },
    {
      kind: 'textarea',
      name: 'notes',
      label: 'Anything we should know?',
      placeholder: 'Access needs, questions, what you would like to achieve',
      maxLength: 1000,
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that you may contact me by email or phone about this appointment.',
      version: '2026-11-01',
    },
  ],
  thankYou: {
    title: 'Thank you, your request is in',
    body: 'We will email you within one working day to confirm your appointment or suggest another time.',
  },
});
