import type { Rate } from '../../../functions/admin/stats/compareRates';

/** A rate as the funnel shows it: "12 % (8–17 %)", its 95 % interval in brackets; "—" without data. */
export function rateText(rate: Rate): string {
  if (rate.rate === null) return '—';
  const range = rate.low !== null && rate.high !== null ? ` (${pct(rate.low)}–${pct(rate.high)} %)` : '';
  return `${pct(rate.rate)} %${range}`;
}

// Under 10 % one decimal, so 2.4 % and 2.6 % do not both read "3 %".
const pct = (share: number) => (share < 0.1 ? (share * 100).toFixed(1) : String(Math.round(share * 100)));
