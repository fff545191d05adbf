import { describe, expect, it } from 'vitest';
import { normalCdf, twoProportionTest, verdict, wilson } from '../../../functions/admin/stats/compareRates';

describe('comparing qualified rates', () => {
  it('gives Wilson score intervals as published (Newcombe 1998, Table I)', () => {
    // Newcombe, "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17: method 3.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, low, high] of cases) {
      const rate = wilson(x, n);
      expect(rate.low).toBeCloseTo(low, 4);
      expect(rate.high).toBeCloseTo(high, 4);
    }
    expect(wilson(0, 0)).toEqual({ successes: 0, trials: 0, rate: null, low: null, high: null });
  });

  it('has the normal distribution function of the tables', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
    expect(normalCdf(2.575829)).toBeCloseTo(0.995, 6);
  });

  it('tests two proportions with the pooled standard error', () => {
    // 45 of 100 against 30 of 100: pooled 0.375, SE √(0.375·0.625·0.02) = 0.0684653, z = 0.15 / SE.
    const test = twoProportionTest({ successes: 45, trials: 100 }, { successes: 30, trials: 100 });
    expect(test?.z).toBeCloseTo(2.19089, 4);
    expect(test?.p).toBeCloseTo(0.028459, 4);
  });

  it('says a campaign is better only with enough leads and a significant difference', () => {
    expect(verdict('meta · spring', { successes: 45, trials: 100 }, { successes: 30, trials: 100 })?.text).toBe(
      'meta · spring brings 50 % more qualified leads per lead than the other campaigns; 95 % sure',
    );
    expect(verdict('google', { successes: 30, trials: 100 }, { successes: 45, trials: 100 })?.text).toContain(
      'brings 33 % fewer',
    );
    // Not significant at 95 %.
    expect(verdict('a', { successes: 35, trials: 100 }, { successes: 30, trials: 100 })).toBeNull();
    // Too few leads, or too few of one outcome, whatever the rates.
    expect(verdict('a', { successes: 20, trials: 29 }, { successes: 5, trials: 100 })).toBeNull();
    expect(verdict('a', { successes: 4, trials: 100 }, { successes: 40, trials: 100 })).toBeNull();
  });
});
