import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leads } from '../db/schema';
import { funnelSource } from './funnelSource';

const DAY_MS = 86_400_000;
/** Leads read at most for one report: a range beyond it is measured on its newest leads. */
const MAX_LEADS = 20_000;

/** How fast leads were answered: from arrival to the first status change away from "new". */
export interface SpeedLine {
  key: string;
  /** Leads answered (moved on from "new"). */
  answered: number;
  /** Leads still "new". */
  waiting: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface SpeedReport {
  total: SpeedLine;
  bySource: SpeedLine[];
}

/** Speed to lead for a form's clean leads that arrived between two UTC days (both included). */
export async function readSpeedToLead(
  db: D1Database,
  formSlug: string,
  from: string,
  to: string,
): Promise<SpeedReport> {
  const source = sql<
    string | null
  >`coalesce(json_extract(${leads.attribution}, '$.utm_source'), json_extract(${leads.answers}, '$.utm_source'))`;
  const rows = await drizzle(db)
    .select({ createdAt: leads.createdAt, firstContactAt: leads.firstContactAt, source })
    .from(leads)
    .where(
      and(
        eq(leads.formSlug, formSlug),
        eq(leads.screening, 'clean'),
        gte(leads.createdAt, new Date(Date.parse(from))),
        lt(leads.createdAt, new Date(Date.parse(to) + DAY_MS)),
      ),
    )
    .orderBy(sql`${leads.createdAt} desc`)
    .limit(MAX_LEADS);
  const groups = new Map<string, { minutes: number[]; waiting: number }>();
  const group = (key: string) => {
    const found = groups.get(key) ?? { minutes: [], waiting: 0 };
    groups.set(key, found);
    return found;
  };
  for (const row of rows) {
    for (const key of ['total', funnelSource(row.source)]) {
      const line = group(key);
      if (row.firstContactAt) line.minutes.push((row.firstContactAt.getTime() - row.createdAt.getTime()) / 60_000);
      else line.waiting++;
    }
  }
  const lineOf = (key: string): SpeedLine => {
    const { minutes, waiting } = groups.get(key) ?? { minutes: [], waiting: 0 };
    const sorted = [...minutes].sort((a, b) => a - b);
    return {
      key,
      answered: sorted.length,
      waiting,
      medianMinutes: percentile(sorted, 0.5),
      p90Minutes: percentile(sorted, 0.9),
    };
  };
  return {
    total: lineOf('total'),
    bySource: [...groups.keys()]
      .filter((key) => key !== 'total')
      .map(lineOf)
      .sort((a, b) => b.answered + b.waiting - (a.answered + a.waiting) || a.key.localeCompare(b.key)),
  };
}

/** The nearest-rank percentile of sorted values, rounded to a tenth of a minute; null without values. */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}
