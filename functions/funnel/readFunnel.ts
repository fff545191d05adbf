import { and, between, eq, gte, lt, ne, sql, sum } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { formSteps } from '../../src/engine/definition/formSteps';
import { leads } from '../db/schema';
import { funnelCounts } from '../db/tables/adminTables';
import { partialLeads } from '../db/tables/intakeTables';
import { funnelSource } from './funnelSource';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One line of the funnel: how many visitors reached each stage. */
export interface FunnelLine {
  key: string;
  views: number;
  starts: number;
  /** Visitors who reached each later step, by step id. */
  steps: Record<string, number>;
  completions: number;
}

export interface FunnelReport {
  /** The steps after the first, in order: the stages between a start and a completion. */
  steps: { id: string; title: string }[];
  total: FunnelLine;
  byDay: FunnelLine[];
  bySource: FunnelLine[];
  /** Fills left unfinished with contact details and consent (partial leads) begun in the range, and how many of those were sent later. */
  partials: { kept: number; finished: number };
}

/**
 * A form's funnel between two UTC days (both included): views, starts and later steps from the
 * counters, completions from the stored leads (spam left out), in total, by day and by UTM source.
 */
export async function readFunnel(
  db: D1Database,
  form: FormDefinition,
  from: string,
  to: string,
): Promise<FunnelReport> {
  const orm = drizzle(db);
  const day = sql<string>`strftime('%Y-%m-%d', ${leads.createdAt} / 1000, 'unixepoch')`;
  // Intake records the first touch's UTM source with the lead; leads from before that carry it as a hidden answer.
  const source = sql<
    string | null
  >`coalesce(json_extract(${leads.attribution}, '$.utm_source'), json_extract(${leads.answers}, '$.utm_source'))`;
  const [counters, completed, [partials]] = await orm.batch([
    orm
      .select({
        day: funnelCounts.day,
        source: funnelCounts.source,
        event: funnelCounts.event,
        step: funnelCounts.step,
        count: sum(funnelCounts.count).mapWith(Number),
      })
      .from(funnelCounts)
      .where(and(eq(funnelCounts.formSlug, form.slug), between(funnelCounts.day, from, to)))
      .groupBy(funnelCounts.day, funnelCounts.source, funnelCounts.event, funnelCounts.step),
    orm
      .select({ day, source, count: sql<number>`count(*)` })
      .from(leads)
      .where(
        and(
          eq(leads.formSlug, form.slug),
          ne(leads.screening, 'spam'),
          gte(leads.createdAt, new Date(Date.parse(from))),
          lt(leads.createdAt, new Date(Date.parse(to) + DAY_MS)),
        ),
      )
      .groupBy(day, source),
    orm
      .select({
        kept: sql<number>`count(*)`,
        finished: sql<number>`count(${partialLeads.completedLeadId})`,
      })
      .from(partialLeads)
      .where(
        and(
          eq(partialLeads.formSlug, form.slug),
          gte(partialLeads.createdAt, new Date(Date.parse(from))),
          lt(partialLeads.createdAt, new Date(Date.parse(to) + DAY_MS)),
        ),
      ),
  ]);
  const lines = {
    total: new Map<string, FunnelLine>(),
    day: new Map<string, FunnelLine>(),
    source: new Map<string, FunnelLine>(),
  };
  const lineFor = (map: Map<string, FunnelLine>, key: string) => {
    const line = map.get(key) ?? { key, views: 0, starts: 0, steps: {}, completions: 0 };
    map.set(key, line);
    return line;
  };
  const add = (dayKey: string, sourceKey: string, change: (line: FunnelLine) => void) => {
    change(lineFor(lines.total, 'total'));
    change(lineFor(lines.day, dayKey));
    change(lineFor(lines.source, sourceKey));
  };
  for (const row of counters) {
    add(row.day, row.source, (line) => {
      if (row.event === 'view') line.views += row.count;
      else if (row.event === 'start') line.starts += row.count;
      else line.steps[row.step] = (line.steps[row.step] ?? 0) + row.count;
    });
  }
  for (const row of completed) add(row.day, funnelSource(row.source), (line) => (line.completions += row.count));
  return {
    steps: formSteps(form)
      .slice(1)
      .map((step) => ({ id: step.id, title: step.title })),
    total: lineFor(lines.total, 'total'),
    byDay: [...lines.day.values()].sort((a, b) => a.key.localeCompare(b.key)),
    bySource: [...lines.source.values()].sort((a, b) => b.views - a.views || a.key.localeCompare(b.key)),
    partials: { kept: partials?.kept ?? 0, finished: partials?.finished ?? 0 },
  };
}
