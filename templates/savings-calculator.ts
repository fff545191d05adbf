import { defineForm } from '../src/engine/definition/defineForm';

const dollars = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 } as const;

export const savingsCalculator = defineForm({
  slug: 'savings-calculator',
  title: 'How much could Ledgerline save you?',
  intro:
    'Ledgerline reads invoices and receipts and posts them to your accounting system, so your team stops typing them in. See what that is worth to you in a year.',
  locale: 'en',
  theme: { brand: '#4338ca' },
  submitLabel: 'Email me this calculation',
  fields: [
    {
      kind: 'number',
      name: 'team_size',
      label: 'How many people enter invoices or receipts by hand?',
      required: true,
      min: 1,
      max: 1000,
      step: 1,
      initial: 5,
    },
    {
      kind: 'range',
      name: 'hours_per_week',
      label: 'Hours each of them spends on it per week',
      required: true,
      min: 1,
      max: 30,
      step: 0.5,
      initial: 6,
      unit: 'h',
    },
    {
      kind: 'number',
      name: 'hourly_cost',
      label: 'What does an hour of their time cost?',
      help: 'Salary plus benefits and overheads, divided by hours worked. $45 is typical for an accounts assistant in the US.',
      required: true,
      min: 10,
      max: 500,
      step: 1,
      unit: 'USD',
      initial: 45,
    },
    {
      kind: 'radio',
      name: 'seat_price',
      label: 'Which plan would you choose?',
      required: true,
      options: [
        { value: 'team', label: 'Team: $39 per user a month', amount: 39 },
        { value: 'business', label: 'Business: $69 per user a month, with approvals and audit trail', amount: 69 },
      ],
    },
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Work email', required: true },
    { kind: 'text', name: 'company', label: 'Company', required: true, maxLength: 120, autocomplete: 'organization' },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Consent',
      required: true,
      text: 'I agree that Ledgerline may email me this calculation and follow up about a trial. I can unsubscribe at any time.',
      version: '2026-11-24',
    },
  ],
  calculations: [
    {
      name: 'hours_saved',
      label: 'Hours saved per year',
      // Ledgerline automates about 80 % of the manual entry; 46 working weeks a year.
      formula: 'round(team_size * hours_per_week * 0.8 * 46)',
      format: { style: 'decimal', maximumFractionDigits: 0 },
      help: 'Assumes 80 % of the typing goes away, over 46 working weeks.',
    },
    {
      name: 'annual_savings',
      label: 'Saved per year',
      formula: 'hours_saved * hourly_cost',
      format: dollars,
    },
    {
      name: 'annual_cost',
      label: 'Ledgerline per year',
      formula: 'team_size * seat_price * 12',
      format: dollars,
    },
    {
      name: 'roi',
      label: 'Return on investment',
      formula: 'if(annual_cost == 0, 0, (annual_savings - annual_cost) / annual_cost)',
      format: { style: 'percent', maximumFractionDigits: 0 },
    },
    {
      name: 'payback_months',
      label: 'Pays for itself in (months)',
      // max() keeps the divisor above zero even for savings of $0.
      formula: 'round(annual_cost / max(annual_savings / 12, 1), 1)',
      format: { style: 'decimal', maximumFractionDigits: 1 },
    },
  ],
  scoring: {
    rules: [
      { when: { field: 'team_size', greaterThan: 24 }, points: 30, label: '25 or more people on manual entry' },
      { when: { field: 'team_size', greaterThan: 4 }, points: 15, label: '5 or more people on manual entry' },
      { when: { field: 'roi', greaterThan: 10 }, points: 20, label: 'Return above 1,000 %' },
      { when: { field: 'roi', greaterThan: 3 }, points: 10, label: 'Return above 300 %' },
      { when: { field: 'seat_price', equals: 'business' }, points: 10, label: 'Chose the Business plan' },
      {
        when: {
          any: [
            { field: 'email', contains: '@gmail.' },
            { field: 'email', contains: '@outlook.' },
          ],
        },
        points: -15,
        label: 'Personal email address',
      },
    ],
    hot: 60,
    warm: 30,
  },
  reply: {
    subject: 'Your savings with Ledgerline',
    body: 'Hello {name},\n\nhere is the calculation you made for {company}:\n\n{figures}\n\nWant to check it against your own invoices? Start a free 14-day trial, no card needed: https://ledgerline.example/trial',
  },
  thankYou: {
    site: { href: 'https://ledgerline.example', label: 'Back to Ledgerline' },
    title: 'Your savings, in writing',
    body: 'We have emailed you this calculation. Want to check it against your own invoices? Start a free 14-day trial: no card needed.',
    link: { href: 'https://ledgerline.example/trial', label: 'Start my free trial' },
  },
});
