import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../bench/report/ratioInterval';

/** Loads spread evenly around `centre` (a deterministic stand-in for a page's noisy loads). */
const runs = (centre: number, halfWidth: number, count: number) =>
  Array.from({ length: count }, (_, i) => centre - halfWidth + (2 * halfWidth * i) / Math.max(1, count - 1));

describe('ratioInterval', () => {
  it('is the ratio itself when no load differs from another', () => {
    expect(ratioInterval([1100, 1100, 1100, 1100, 1100], Array(15).fill(1000))).toEqual({
      ratio: 1.1,
      low: 1.1,
      high: 1.1,
    });
  });

  it('brackets the ratio of the medians and is the same for the same loads', () => {
    const page = [1223, 971, 1114, 1238, 1246];
    const floor = [900, 1009, 952, 847, 906, 865, 836, 900, 1197, 1117, 861, 870, 1018, 1041, 832];
    const interval = ratioInterval(page, floor);
    expect(interval?.ratio).toBeCloseTo(1223 / 900, 10);
    expect(interval?.low).toBeLessThan(interval?.ratio ?? 0);
    expect(interval?.high).toBeGreaterThanOrEqual(interval?.ratio ?? Number.POSITIVE_INFINITY);
    expect(ratioInterval(page, floor)).toEqual(interval);
  });

  it('is wider for noisier loads and narrower for more of them', () => {
    const floor = runs(1000, 100, 15);
    const width = (page: number[]) => {
      const interval = ratioInterval(page, floor);
      return (interval?.high ?? 0) - (interval?.low ?? 0);
    };
    expect(width(runs(1100, 300, 5))).toBeGreaterThan(width(runs(1100, 50, 5)));
    expect(width(runs(1100, 300, 5))).toBeGreaterThan(width(runs(1100, 300, 51)));
  });

  it('resamples the floor as well as the page', () => {
    const interval = ratioInterval(Array(5).fill(1000), runs(1000, 200, 15));
    expect(interval?.high).toBeGreaterThan(interval?.low ?? Number.POSITIVE_INFINITY);
  });

  it('leaves out the rare resample, so one slow load among seven does not stretch it', () => {
    // Its resampled median is the slow load only when 4 of 7 draws pick it: well under 5 % of the time.
    const interval = ratioInterval([1000, 1000, 1000, 1000, 1000, 1000, 3000], Array(15).fill(1000));
    expect(interval).toEqual({ ratio: 1, low: 1, high: 1 });
  });

  it('gives the ratio alone when a side has a single load to resample', () => {
    expect(ratioInterval([1200], runs(1000, 100, 15))).toEqual({ ratio: 1.2, low: null, high: null });
  });

  it('has no ratio without loads on either side', () => {
    expect(ratioInterval([], [1000])).toBeNull();
    expect(ratioInterval([1000], [])).toBeNull();
  });
});
