import { spread } from './spread';

const RESAMPLES = 2_000;
/**
 * A fixed seed, so the same runs always render the same cell: over 4–5 runs a median takes few
 * values, and with another seed the ends moved by up to 0.05× (templates, 8 seeds, one run's data).
 */
const SEED = 1;
/** The interval's ends: the 5th and 95th percentiles of the resampled ratios (a 90 % interval). */
const TAIL = 0.05;

export interface RatioInterval {
  /** The page's median over the floor's median. */
  ratio: number;
  low: number;
  high: number;
}

/**
 * The page's median over the floor's median, with a 90 % bootstrap interval: both sets of runs
 * are resampled with replacement, each on its own, and the ratio of the resampled medians is taken
 * RESAMPLES times. With five runs a page, one run's median moves by a tenth either way; the
 * interval says how far this run's ratio could be from the page's own. Null when either side has
 * no runs.
 */
export function ratioInterval(page: readonly number[], floor: readonly number[]): RatioInterval | null {
  if (page.length === 0 || floor.length === 0 || median(floor) === 0) return null;
  const random = xorshift(SEED);
  const ratios = new Float64Array(RESAMPLES);
  for (let i = 0; i < RESAMPLES; i += 1) {
    ratios[i] = median(resample(page, random)) / median(resample(floor, random));
  }
  ratios.sort();
  return {
    ratio: median(page) / median(floor),
    low: ratios[Math.floor(TAIL * (RESAMPLES - 1))] ?? Number.NaN,
    high: ratios[Math.ceil((1 - TAIL) * (RESAMPLES - 1))] ?? Number.NaN,
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
