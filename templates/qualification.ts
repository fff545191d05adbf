import { defineForm } from '../src/engine/definition/defineForm';

const signup = 'https://tideline.example/signup';

export const qualification = defineForm({
  slug: 'qualification',
  title: 'Which Tideline plan fits your team?',
  intro:
    'Answer six questions about your support team and see the plan that fits, with its price. Your best match updates as you answer.',
  locale: 'en',
  layout: 'conversational',
  theme: { brand: '#0f766e' },
  submitLabel: 'See my plan',
  fields: [
    {
      kind: 'radio',
      cards: true,
      name: 'team_size',
      label: 'How many people answer your customers?',
      required: true,
      options: [
        { value: '1-3', emoji: '👤', label: '1–3 people', points: 0 },
        { value: '4-15', emoji: '👥', label: '4–15 people', points: 4 },
        { value: '16-50', emoji: '🏢', label: '16–50 people', points: 8 },
        { value: '51+', emoji: '🏙️', label: '51 or more', points: 12 },
      ],
    },
    {
      kind: 'checkboxes',
      cards: true,
      name: 'needs',
      label: 'Which of these do you need?',
      help: 'Tick all that apply, or none.',
      options: [
        { value: 'sso', emoji: '🔐', label: 'Single sign-on (SAML or OIDC)', points: 6 },
        { value: 'sla', emoji: '⏱️', label: 'Response-time targets and escalations', points: 5 },
        { value: 'audit', emoji: '📜', label: 'Audit log and data retention rules', points: 4 },
        { value: 'api', emoji: '🔌', label: 'API access and webhooks', points: 3 },
        { value: 'chat', emoji: '💬', label: 'Live chat on our website', points: 1 },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'budget',
      label: 'What monthly budget have you set aside?',
      required: true,
      options: [
        { value: 'under-200', emoji: '💵', label: 'Under $200', points: 0 },
        { value: '200-1000', emoji: '💰', label: '$200–$1,000', points: 3 },
        { value: '1000-5000', emoji: '🏦', label: '$1,000–$5,000', points: 6 },
        { value: 'over-5000', emoji: '💎', label: 'Over $5,000', points: 9 },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'current_tool',
      label: 'What do you use today?',
      required: true,
      options: [
        { value: 'inbox', emoji: '📥', label: 'A shared inbox (Gmail, Outlook)', points: 0 },
        { value: 'helpdesk', emoji: '🎧', label: 'Another helpdesk', points: 3 },
        { value: 'in-house', emoji: '🛠️', label: 'A tool we built ourselves', points: 5 },
        { value: 'nothing', emoji: '✨', label: 'Nothing yet', points: 0 },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'timeline',
      label: 'When do you need to be up and running?',
      required: true,
      options: [
        { value: 'this-month', emoji: '🚀', label: 'This month', points: 2 },
        { value: 'this-quarter', emoji: '📅', label: 'This quarter', points: 1 },
        { value: 'later', emoji: '🗓️', label: 'Later this year', points: 0 },
        { value: 'researching', emoji: '🔍', label: 'We are only researching', points: 0 },
      ],
    },
    {
      kind: 'radio',
      cards: true,
      name: 'role',
      label: 'What is your part in choosing a tool?',
      required: true,
      options: [
        { value: 'decide', emoji: '✅', label: 'I make the decision' },
        { value: 'recommend', emoji: '👍', label: 'I recommend; someone else signs off' },
        { value: 'research', emoji: '📚', label: 'I am gathering options' },
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
      text: 'I agree that Tideline may email me about my plan and a trial. I can unsubscribe at any time.',
      version: '2026-11-24',
    },
  ],
  steps: [
    {
      id: 'your-team',
      title: 'Your team',
      fields: ['team_size', 'needs', 'budget', 'current_tool', 'timeline', 'role'],
    },
    {
      id: 'your-details',
      title: 'Where shall we send the details?',
      intro: 'We email you the plan, its price and a link to start your free trial.',
      fields: ['name', 'email', 'company', 'consent'],
    },
  ],
  quiz: {
    outcomes: [
      {
        id: 'starter',
        minScore: 0,
        title: 'Starter',
        body: 'Shared inbox, saved replies and a help centre for small teams. $19 per agent a month, billed yearly; set up in an afternoon.',
        cta: { href: `${signup}?plan=starter`, label: 'Start a free 14-day trial' },
      },
      {
        id: 'growth',
        minScore: 12,
        title: 'Growth',
        body: 'Everything in Starter plus automations, response-time targets, live chat and the API. $49 per agent a month, billed yearly.',
        cta: { href: `${signup}?plan=growth`, label: 'Start a free 14-day trial' },
      },
      {
        id: 'enterprise',
        minScore: 24,
        title: 'Enterprise',
        body: 'Single sign-on, audit logs, data residency and a named success manager who plans your migration with you. Priced for your team.',
        cta: { href: 'https://tideline.example/contact-sales', label: 'Talk to sales' },
      },
    ],
  },
  scoring: {
    rules: [
      { when: { field: 'budget', equals: 'over-5000' }, points: 30, label: 'Budget over $5,000 a month' },
      { when: { field: 'budget', equals: '1000-5000' }, points: 20, label: 'Budget $1,000–$5,000 a month' },
      { when: { field: 'timeline', equals: 'this-month' }, points: 25, label: 'Wants to start this month' },
      { when: { field: 'timeline', equals: 'this-quarter' }, points: 15, label: 'Wants to start this quarter' },
      { when: { field: 'timeline', equals: 'researching' }, points: -10, label: 'Only researching' },
      { when: { field: 'team_size', equals: '51+' }, points: 20, label: 'Team of 51 or more' },
      { when: { field: 'team_size', equals: '16-50' }, points: 10, label: 'Team of 16–50' },
      { when: { field: 'role', equals: 'decide' }, points: 20, label: 'Decision maker' },
      { when: { field: 'role', equals: 'recommend' }, points: 10, label: 'Recommends the tool' },
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
    subject: 'Your Tideline plan: {outcome}',
    body: 'Hello {name},\n\nthank you for telling us about {company}. The plan that fits you is {outcome}.',
    outcomes: {
      starter:
        'Starter: shared inbox, saved replies and a help centre. Start your free 14-day trial here: https://tideline.example/signup?plan=starter',
      growth:
        'Growth: everything in Starter plus automations, response-time targets, live chat and the API. Start your free 14-day trial here: https://tideline.example/signup?plan=growth',
      enterprise:
        'Enterprise: single sign-on, audit logs, data residency and a named success manager. Book a call with sales here: https://tideline.example/contact-sales',
    },
  },
  thankYou: {
    site: { href: 'https://tideline.example', label: 'Back to Tideline' },
    title: 'Your plan',
    body: 'We have emailed you the details and a link to start your trial.',
  },
});
