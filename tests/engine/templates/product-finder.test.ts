import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { productFinder } from '../../../templates/product-finder';
import { resultsOf } from './resultsOf';

const golden = {
  brew: 'pour-over',
  milk: 'black',
  flavours: ['berries', 'floral'],
  caffeine: 'full',
  usage: 'two-bags',
  buying: 'roaster',
  first_name: 'Maya',
  email: 'Maya.Okafor@Example.COM',
  consent: 'yes',
  marketing: 'yes',
};

describe('the product-finder quiz', () => {
  it('stores the golden answers, both consents as true', () => {
    expect(validateAnswers(productFinder, golden)).toEqual({
      ok: true,
      answers: {
        brew: 'pour-over',
        milk: 'black',
        flavours: ['berries', 'floral'],
        caffeine: 'full',
        usage: 'two-bags',
        buying: 'roaster',
        first_name: 'Maya',
        email: 'Maya.Okafor@example.com',
        consent: true,
        marketing: true,
      },
    });
  });

  it('matches a black pour-over drinker who likes fruit with Sunrise Filter, as a hot lead', () => {
    // bright: pour-over 3 + black 2 + berries 2 + floral 2; balanced: pour-over 1.
    const results = resultsOf(productFinder, golden);
    expect(results.computed).toEqual({});
    expect(results.quiz?.total).toBe(10);
    expect(results.quiz?.categories).toEqual({ bright: 9, balanced: 1, bold: 0, decaf: 0 });
    expect(results.quiz?.outcome.id).toBe('sunrise-filter');
    // two bags 15 + buys from a roaster 20 + newsletter 20.
    expect(results.lead).toEqual({
      score: 55,
      tier: 'hot',
      reasons: ['Drinks two or three bags a month', 'Already buys from a roaster', 'Subscribed to the newsletter'],
    });
  });

  it('matches a milky espresso drinker with Night Shift; no newsletter and a café habit make a cold lead', () => {
    const answers = {
      ...golden,
      brew: 'espresso',
      milk: 'milky',
      flavours: ['cocoa', 'nutty'],
      usage: 'one-bag',
      buying: 'cafe',
      marketing: '',
    };
    const verdict = validateAnswers(productFinder, answers);
    expect(verdict.ok && verdict.answers.marketing).toBe(false);
    const results = resultsOf(productFinder, answers);
    // bold: 3 + 2 + 2 + 1; balanced: 1 + 1 + 1.
    expect(results.quiz?.categories).toEqual({ bright: 0, balanced: 3, bold: 8, decaf: 0 });
    expect(results.quiz?.outcome.id).toBe('night-shift');
    expect(results.lead).toEqual({ score: 0, tier: 'cold', reasons: [] });
  });

  it('matches anyone who wants no caffeine with the decaf, whatever else they like', () => {
    const answers = {
      ...golden,
      brew: 'cafetiere',
      milk: 'splash',
      flavours: ['chocolate'],
      caffeine: 'none',
      usage: 'kilo',
      buying: 'supermarket',
      marketing: '',
    };
    const results = resultsOf(productFinder, answers);
    expect(results.quiz?.categories).toEqual({ bright: 0, balanced: 6, bold: 1, decaf: 10 });
    expect(results.quiz?.outcome.id).toBe('slow-evening');
    // a kilo a month 30 + supermarket 10.
    expect(results.lead).toMatchObject({ score: 40, tier: 'warm' });
  });

  it('matches someone cutting down on caffeine with the house blend', () => {
    const answers = { ...golden, brew: 'cafetiere', milk: 'splash', flavours: ['chocolate'], caffeine: 'less' };
    const results = resultsOf(productFinder, answers);
    expect(results.quiz?.categories).toEqual({ bright: 0, balanced: 7, bold: 1, decaf: 4 });
    expect(results.quiz?.outcome.id).toBe('daily-ritual');
  });

  it('gives a tie between bright and balanced to the bright roast, declared first', () => {
    const answers = { ...golden, brew: 'aeropress', milk: 'splash', flavours: ['berries', 'nutty'] };
    const results = resultsOf(productFinder, answers);
    expect(results.quiz?.categories).toEqual({ bright: 4, balanced: 4, bold: 1, decaf: 0 });
    expect(results.quiz?.outcome.id).toBe('sunrise-filter');
  });

  it('shows the visitor the outcome page and nothing of the lead score', () => {
    expect(visitorResults(productFinder, resultsOf(productFinder, golden))).toEqual({
      figures: [],
      outcome: { id: 'sunrise-filter', title: 'Sunrise Filter', url: '/f/product-finder/outcome/sunrise-filter/' },
    });
  });

  it('gates the outcome behind a required email', () => {
    expect(productFinder.quiz?.gate).toBe(true);
    expect(productFinder.fields.find((f) => f.name === 'email')?.required).toBe(true);
  });

  it('gives every outcome a product link and a small local image that exists', () => {
    for (const outcome of productFinder.quiz?.outcomes ?? []) {
      expect(outcome.cta?.href).toBe(`https://northboundcoffee.example/products/${outcome.id}`);
      expect(outcome.image?.src).toBe(`/images/product-finder/${outcome.id}.svg`);
      const file = new URL(`../../../public${outcome.image?.src}`, import.meta.url);
      expect(statSync(file).size).toBeLessThan(1024);
    }
  });

  it('rejects three flavours, a missing brew method, no email and no consent', () => {
    const result = validateAnswers(productFinder, {
      ...golden,
      brew: '',
      flavours: ['berries', 'floral', 'cocoa'],
      email: '',
      consent: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        brew: 'Please choose an option for “How do you make coffee at home?”.',
        flavours: 'Choose at most 2 options.',
        email: 'Please fill in “Email”.',
        consent: 'Please tick this box: we can only contact you with your agreement.',
      },
    });
  });
});
