/**
 * Proportions and their comparison, for judging campaigns by the share of their leads that qualify
 * and A/B variants by qualified leads per view. Wilson score intervals (they stay inside 0…1 and behave for small counts) and a
 * two-sided two-proportion z-test with the pooled proportion, at 95 %.
 */

/** Each side needs this many leads, and five qualified and five not, before a verdict is given. */
export const MIN_LEADS_FOR_VERDICT = 30;
export const MIN_EACH_OUTCOME = 5;
const Z95 = 1.959963984540054;

export interface Rate {
  successes: number;
  trials: number;
  rate: number | null;
  /** The 95 % Wilson score interval, or null without trials. */
  low: number | null;
  high: number | null;
}

export function wilson(successes: number, trials: number, z = Z95): Rate {
  if (trials <= 0) return { successes, trials, rate: null, low: null, high: null };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { successes, trials, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The standard normal distribution function (Zelen and Severo's approximation, 26.2.17; error under 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return x >= 0 ? 1 - upper : upper;
}

/** z and the two-sided p-value of "a's rate differs from b's", pooled; null when either has no trials. */
export function twoProportionTest(a: { successes: number; trials: number }, b: { successes: number; trials: number }) {
  if (a.trials <= 0 || b.trials <= 0) return null;
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  if (se === 0) return { z: 0, p: 1 };
  const z = (a.successes / a.trials - b.successes / b.trials) / se;
  return { z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

export interface Verdict {
  /** In plain words, e.g. "meta · spring brings 38 % more qualified leads per lead than the rest; 95 % sure". */
  text: string;
  p: number;
}

/**
 * A verdict on one group's rate against the rest, only when both have enough data (MIN_LEADS_FOR_VERDICT
 * trials, MIN_EACH_OUTCOME of each outcome) and the difference is significant: p below `alpha`
 * (0.05; less when several comparisons share those 95 %, Bonferroni). Otherwise none.
 */
export function verdict(
  name: string,
  group: { successes: number; trials: number },
  rest: { successes: number; trials: number },
  words: { per: string; than: string } = { per: 'lead', than: 'the other campaigns' },
  alpha = 0.05,
): Verdict | null {
  const enough = (side: { successes: number; trials: number }) =>
    side.trials >= MIN_LEADS_FOR_VERDICT &&
    side.successes >= MIN_EACH_OUTCOME &&
    side.trials - side.successes >= MIN_EACH_OUTCOME;
  if (!enough(group) || !enough(rest)) return null;
  const test = twoProportionTest(group, rest);
  if (!test || test.p >= alpha) return null;
  const mine = group.successes / group.trials;
  const theirs = rest.successes / rest.trials;
  const change = Math.round((100 * Math.abs(mine - theirs)) / theirs);
  return {
    text: `${name} brings ${change} % ${mine > theirs ? 'more' : 'fewer'} qualified leads per ${words.per} than ${words.than}; 95 % sure`,
    p: test.p,
  };
}
