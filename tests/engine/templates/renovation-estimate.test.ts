import { describe, expect, it } from 'vitest';
import { liveResults } from '../../../src/engine/scoring/liveResults';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { renovationEstimate } from '../../../templates/renovation-estimate';
import { resultsOf } from './resultsOf';

const golden = {
  room: 'kitchen',
  area: '14',
  finish: 'premium',
  extras: ['underfloor-heating', 'skip'],
  timeline: 'asap',
  name: 'Priya Shah',
  email: 'priya.shah@example.co.uk',
  phone: '0117 496 0123',
  postcode: 'BS6 5QA',
  consent: 'yes',
};

/** The estimate written out: price per m² × area × finish + extras, then −15 % and +15 % to the nearest £100. */
function estimate(perM2: number, area: number, finish: number, extras: number) {
  const base = perM2 * area * finish + extras;
  return {
    base,
    estimate_low: Math.round((base * 0.85) / 100) * 100,
    estimate_high: Math.round((base * 1.15) / 100) * 100,
  };
}

describe('the renovation estimate', () => {
  it('stores the golden answers with the area as a number and the phone in E.164', () => {
    expect(validateAnswers(renovationEstimate, golden, { visitorCountry: 'US' })).toEqual({
      ok: true,
      answers: {
        room: 'kitchen',
        area: 14,
        finish: 'premium',
        extras: ['underfloor-heating', 'skip'],
        timeline: 'asap',
        name: 'Priya Shah',
        email: 'priya.shah@example.co.uk',
        phone: '+441174960123',
        postcode: 'BS6 5QA',
        consent: true,
      },
    });
  });

  it('estimates a 14 m² premium kitchen with underfloor heating and a skip at £18,100 to £24,600', () => {
    // 1,100 × 14 × 1.25 = 19,250; + 1,800 + 300 = 21,350; × 0.85 = 18,147.50; × 1.15 = 24,552.50.
    const results = resultsOf(renovationEstimate, golden);
    expect(results.computed).toEqual({ base: 21350, estimate_low: 18100, estimate_high: 24600 });
    expect(results.computed).toEqual(estimate(1100, 14, 1.25, 1800 + 300));
    expect(results.quiz).toBeUndefined();
    // estimate from £10,000 15 + as soon as possible 25 + phone 10.
    expect(results.lead).toEqual({
      score: 50,
      tier: 'hot',
      reasons: ['Estimate from £10,000', 'Wants to start as soon as possible', 'Left a phone number'],
    });
  });

  it('shows the visitor the range in pounds, without the internal base figure or the score', () => {
    expect(visitorResults(renovationEstimate, resultsOf(renovationEstimate, golden))).toEqual({
      figures: [
        { name: 'estimate_low', label: 'Estimate from', value: 18100, text: '£18,100', help: undefined },
        {
          name: 'estimate_high',
          label: 'Estimate up to',
          value: 24600,
          text: '£24,600',
          help: 'Including labour and materials, excluding VAT. Rounded to the nearest £100.',
        },
      ],
      outcome: undefined,
    });
  });

  it('estimates a small standard bathroom without extras, and an unhurried lead without a phone as cold', () => {
    const answers = { ...golden, room: 'bathroom', area: '6', finish: 'standard', extras: [], timeline: 'planning' };
    const results = resultsOf(renovationEstimate, { ...answers, phone: '' });
    // 1,350 × 6 = 8,100; × 0.85 = 6,885; × 1.15 = 9,315.
    expect(results.computed).toEqual({ base: 8100, estimate_low: 6900, estimate_high: 9300 });
    expect(results.computed).toEqual(estimate(1350, 6, 1, 0));
    expect(results.lead).toEqual({ score: -10, tier: 'cold', reasons: ['Only planning'] });
  });

  it('estimates a 30 m² luxury loft with every structural extra at £80,600 to £109,100', () => {
    const answers = {
      ...golden,
      room: 'loft',
      area: '30',
      finish: 'luxury',
      extras: ['rewiring', 'plastering', 'design'],
      timeline: '3-months',
      phone: '',
    };
    const results = resultsOf(renovationEstimate, answers);
    // 1,900 × 30 × 1.6 = 91,200; + 2,400 + 900 + 350 = 94,850.
    expect(results.computed).toEqual({ base: 94850, estimate_low: 80600, estimate_high: 109100 });
    expect(results.computed).toEqual(estimate(1900, 30, 1.6, 2400 + 900 + 350));
    // from £10,000 15 + from £25,000 20 + within three months 15.
    expect(results.lead).toMatchObject({ score: 50, tier: 'hot' });
  });

  it('counts an estimate from exactly £10,000 as a larger job, and £9,900 not', () => {
    const bedroom = { ...golden, room: 'bedroom', area: '30', finish: 'standard', timeline: '6-months', phone: '' };
    // 380 × 30 = 11,400; + 350 = 11,750 × 0.85 = 9,987.50 → 10,000.
    const design = resultsOf(renovationEstimate, { ...bedroom, extras: ['design'] });
    expect(design.computed.estimate_low).toBe(10000);
    expect(design.lead).toMatchObject({ score: 15, tier: 'cold' });
    // + 300 = 11,700 × 0.85 = 9,945 → 9,900.
    const skip = resultsOf(renovationEstimate, { ...bedroom, extras: ['skip'] });
    expect(skip.computed.estimate_low).toBe(9900);
    expect(skip.lead).toMatchObject({ score: 0, tier: 'cold' });
  });

  it('is a warm lead at exactly 25 points: a small job that should start now', () => {
    const answers = { ...golden, room: 'living-room', area: '20', finish: 'standard', extras: [], phone: '' };
    const results = resultsOf(renovationEstimate, answers);
    expect(results.computed.estimate_low).toBe(7100);
    expect(results.lead).toMatchObject({ score: 25, tier: 'warm' });
  });

  it('shows no estimate live until room, area and finish are answered', () => {
    expect(liveResults(renovationEstimate, { room: 'kitchen', area: '14' }).figures).toEqual([]);
    const texts = liveResults(renovationEstimate, { room: 'kitchen', area: '14', finish: 'standard' }).figures.map(
      (figure) => figure.text,
    );
    // 1,100 × 14 = 15,400; × 0.85 = 13,090; × 1.15 = 17,710.
    expect(texts).toEqual(['£13,100', '£17,700']);
  });

  it('rejects an area off the slider, an unknown room, a bad postcode and phone number', () => {
    const result = validateAnswers(renovationEstimate, {
      ...golden,
      room: 'garage',
      area: '90',
      postcode: '12345',
      phone: '0117 49',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        room: 'Choose one of the listed options.',
        area: 'Enter 80 or less.',
        phone: 'Enter a complete phone number, like 07400 123456.',
        postcode: 'Enter a UK postcode, like BS1 4DJ.',
      },
    });
  });

  it('rejects half square metres and a missing finish', () => {
    expect(validateAnswers(renovationEstimate, { ...golden, area: '12.5', finish: '' })).toEqual({
      ok: false,
      errors: { area: 'Use steps of 1.', finish: 'Please choose an option for “Which finish do you have in mind?”.' },
    });
  });
});
