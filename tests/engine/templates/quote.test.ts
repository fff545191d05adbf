import { describe, expect, it } from 'vitest';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { quote } from '../../../templates/quote';
import { resultsOf } from './resultsOf';

// The quote form's answers and messages are checked in tests/engine/validateAnswers.test.ts; this is its lead score.
const golden = {
  name: 'Grace Hopper',
  email: 'grace@navy.mil',
  phone: '(202) 555-0143',
  service: 'web-design',
  budget: 'over-10k',
  timeline: 'asap',
  message: 'A new site for our sailing school, with online booking.',
  consent: 'yes',
};

const lead = (change: Record<string, string>) => resultsOf(quote, { ...golden, ...change }).lead;

describe('the quote template', () => {
  it('scores a large website project that should start now, with a phone number, hot', () => {
    expect(lead({})).toEqual({
      score: 90,
      tier: 'hot',
      reasons: [
        'Budget over $10,000',
        'Wants to start as soon as possible',
        'Website design, our largest projects',
        'Left a phone number',
      ],
    });
  });

  it('is hot from exactly 60 points and warm from exactly 30', () => {
    // $2,000–10,000 20 + as soon as possible 30 + phone 10.
    expect(lead({ budget: '2k-10k', service: 'seo' })).toMatchObject({ score: 60, tier: 'hot' });
    expect(lead({ budget: '2k-10k', service: 'seo', phone: '' })).toMatchObject({ score: 50, tier: 'warm' });
    expect(lead({ budget: 'under-2k', service: 'seo', phone: '' })).toMatchObject({ score: 30, tier: 'warm' });
  });

  it('scores a small, unhurried branding job cold', () => {
    expect(lead({ budget: 'under-2k', timeline: 'later', service: 'branding', phone: '' })).toEqual({
      score: 0,
      tier: 'cold',
      reasons: [],
    });
    expect(lead({ budget: 'under-2k', timeline: '1-3-months', service: 'ads', phone: '' })).toMatchObject({
      score: 15,
      tier: 'cold',
    });
  });

  it('shows the visitor nothing but the thank-you page: no figures, no outcome, no score', () => {
    expect(visitorResults(quote, resultsOf(quote, golden))).toEqual({ figures: [], outcome: undefined });
  });
});
