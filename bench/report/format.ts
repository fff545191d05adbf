import type { RatioInterval } from './ratioInterval';
import type { Spread } from './spread';

/** Plain-text cells for the markdown tables; 1 KB = 1,000 bytes, as in the budgets. */
export const format = {
  kb: (bytes: number) => (bytes / 1000).toFixed(1),
  bytes: (raw: number, gzip: number) => (raw === 0 ? '–' : `${format.kb(raw)} / ${format.kb(gzip)}`),
  ms: (value: number) => String(Math.round(value)),
  spread: (value: Spread | null | undefined, runs: number) => {
    if (!value) return 'never';
    const range = `${format.ms(value.median)} (${format.ms(value.min)}–${format.ms(value.max)})`;
    return value.n < runs ? `${range}, ${runs - value.n} of ${runs} runs never` : range;
  },
  interval: (value: RatioInterval | null) => {
    if (value === null) return '–';
    const ratio = `${value.ratio.toFixed(2)}×`;
    return value.low === null || value.high === null
      ? ratio
      : `${ratio} (${value.low.toFixed(2)}–${value.high.toFixed(2)})`;
  },
  ratio: (value: number | undefined, base: number | undefined) =>
    value === undefined || base === undefined || base === 0 ? '–' : `${(value / base).toFixed(1)}×`,
};
