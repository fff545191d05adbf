/** A complete, valid answer set for templates/quote.ts, as the island posts it. */
export const quoteAnswers = {
  name: 'Katherine Johnson',
  email: 'katherine@example.com',
  phone: '+1 757 555 0100',
  service: 'web-design',
  budget: '2k-10k',
  timeline: '1-3-months',
  message: 'A booking site for our studio.',
  consent: true,
} as const;
