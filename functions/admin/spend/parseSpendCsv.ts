import { funnelSource } from '../../funnel/funnelSource';
import { readCsv } from './readCsv';

/** Rows one import takes: a year of daily spend for a dozen campaigns, with room to spare. */
export const MAX_SPEND_ROWS = 5_000;
export const SPEND_COLUMNS = ['date', 'source', 'campaign', 'amount', 'currency'] as const;

export interface SpendRow {
  day: string;
  source: string;
  campaign: string;
  currency: string;
  amountMinor: number;
}

/** A row that cannot be imported: its line in the file (the header is line 1) and every problem in it. */
export interface SpendProblem {
  line: number;
  problems: string[];
}

export type SpendParse = { ok: true; rows: SpendRow[] } | { ok: false; file?: string; rows: SpendProblem[] };

const AMOUNT = /^\d{1,10}(?:[.,]\d{1,2})?$/;

/**
 * Reads an ad-spend CSV: a header naming date, source, campaign, amount and currency (any order,
 * any case, other columns ignored), then one row per day and campaign. Every bad row is reported
 * with all its problems, and nothing is imported unless every row is good.
 */
export function parseSpendCsv(text: string): SpendParse {
  const [header, ...lines] = readCsv(text);
  if (!header)
    return {
      ok: false,
      file: 'The file is empty: put the header date,source,campaign,amount,currency on its first line.',
      rows: [],
    };
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = SPEND_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      file: `The header lacks ${missing.join(', ')}: the first line must name date, source, campaign, amount and currency.`,
      rows: [],
    };
  }
  if (lines.length === 0) return { ok: false, file: 'There are no rows under the header.', rows: [] };
  if (lines.length > MAX_SPEND_ROWS) {
    return {
      ok: false,
      file: `The file has ${lines.length} rows; import at most ${MAX_SPEND_ROWS} at a time.`,
      rows: [],
    };
  }
  const at = (cells: string[], column: (typeof SPEND_COLUMNS)[number]) => (cells[names.indexOf(column)] ?? '').trim();
  const rows: SpendRow[] = [];
  const bad: SpendProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((cells, i) => {
    const line = i + 2;
    const problems: string[] = [];
    const day = at(cells, 'date');
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
      Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    ) {
      problems.push(`date "${day}" is not a day like 2026-11-28`);
    }
    const rawSource = at(cells, 'source');
    if (rawSource === '') problems.push('source is empty (the utm_source the ads use, e.g. meta)');
    const campaign = at(cells, 'campaign');
    if (campaign.length > 200) problems.push('campaign is longer than 200 characters');
    const amount = at(cells, 'amount');
    if (!AMOUNT.test(amount))
      problems.push(`amount "${amount}" is not an amount like 125.50 (no currency sign or thousands separator)`);
    const currency = at(cells, 'currency').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) problems.push(`currency "${currency}" is not a three-letter code like EUR`);
    const key = `${day}|${funnelSource(rawSource)}|${campaign}|${currency}`;
    if (problems.length === 0 && seen.has(key))
      problems.push(`repeats line ${seen.get(key)} (same date, source, campaign and currency)`);
    seen.set(key, line);
    if (problems.length > 0) {
      bad.push({ line, problems });
      return;
    }
    const [units = '0', cents = ''] = amount.split(/[.,]/);
    rows.push({
      day,
      source: funnelSource(rawSource),
      campaign,
      currency,
      amountMinor: Number(units) * 100 + Number(cents.padEnd(2, '0')),
    });
  });
  return bad.length > 0 ? { ok: false, rows: bad } : { ok: true, rows };
}
