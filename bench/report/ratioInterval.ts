import { spread } from './spread';

export const RESAMPLES = 2_000;
/** How much of the resampled ratios lies beyond each end: 0.05 makes a 90 % interval. */
export const TAIL = 0.05;
/** The interval's coverage in per cent, as the report names it. */
export const INTERVAL_PERCENT = Math.round((1 - 2 * TAIL) * 100);
/**
 * A fixed seed, so the same loads always render the same cell: over 4–5 loads a median takes few
 * values, and with another seed the ends moved by up to 0.05× (templates, 8 seeds, one run's data).
 */
const SEED = 1;

export interface RatioInterval {
  /** The page's median over the floor's median. */
  ratio: number;
  /** The interval's ends; null when the page or the floor has a single load, which cannot be resampled. */
  low: number | null;
  high: number | null;
}

/**
 * The page's median over the floor's median, with a bootstrap interval: both sets of loads are
 * resampled with replacement, each on its own, and the ratio of the resampled medians is taken
 * RESAMPLES times; TAIL of them lie beyond each end. The interval says how far this run's ratio
 * could be from the page's own. Null when either side has no loads or the floor's median is 0.
 */
export function ratioInterval(page: readonly number[], floor: readonly number[]): RatioInterval | null {
  if (page.length === 0 || floor.length === 0) return null;
  const floorMedian = median(floor);
  if (floorMedian === 0) return null;
  const ratio = median(page) / floorMedian;
  if (page.length < 2 || floor.length < 2) return { ratio, low: null, high: null };
  const random = xorshift(SEED);
  const ratios = new Float64Array(RESAMPLES);
  for (let i = 0; i < RESAMPLES; i += 1) {
    ratios[i] = median(resample(page, random)) / median(resample(floor, random));
  }
  ratios.sort();
  return {
    ratio,
    low: ratios[Math.floor(TAIL * (RESAMPLES - 1))] ?? null,
    high: ratios[Math.ceil((1 - TAIL) * (RESAMPLES - 1))] ?? null,
  };
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] ?? Number.NaN);
}

function median(values: readonly number[]): number {
  return spread(values)?.median ?? Number.NaN;
}

/** Marsaglia's xorshift32, scaled to [0, 1). */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}
