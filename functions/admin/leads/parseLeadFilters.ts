import * as v from 'valibot';
import { TIERS } from '../../../src/engine/scoring/scoringSchema';
import { LEAD_STATUSES } from '../../db/schema';

/** Which screening verdicts to show: the inbox is clean leads unless asked; `review` is spam and held together. */
export const SCREENING_VIEWS = ['clean', 'review', 'spam', 'held', 'all'] as const;

const DAY = v.pipe(v.string(), v.isoDate('use a date like 2026-11-24'));

const filtersSchema = v.object({
  form: v.optional(v.pipe(v.string(), v.maxLength(100))),
  tier: v.optional(v.picklist(TIERS, 'use hot, warm or cold')),
  status: v.optional(v.picklist(LEAD_STATUSES, 'use new, contacted, qualified, won or lost')),
  from: v.optional(DAY),
  to: v.optional(DAY),
  q: v.optional(v.pipe(v.string(), v.maxLength(200, 'search for at most 200 characters'))),
  screening: v.optional(v.picklist(SCREENING_VIEWS, 'use clean, review, spam, held or all')),
});

/** Which leads the inbox, the API and the exports show; every part is optional. */
export type LeadFilters = v.InferOutput<typeof filtersSchema>;

export type FiltersParse = { ok: true; filters: LeadFilters } | { ok: false; fields: Record<string, string> };

/** Reads the filters from a query string; empty parameters mean "any". */
export function parseLeadFilters(params: URLSearchParams): FiltersParse {
  const raw: Record<string, string> = {};
  for (const key of ['form', 'tier', 'status', 'from', 'to', 'q', 'screening']) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const result = v.safeParse(filtersSchema, raw);
  if (result.success) return { ok: true, filters: result.output };
  const fields: Record<string, string> = {};
  for (const issue of result.issues) fields[String(issue.path?.[0]?.key ?? 'query')] = issue.message;
  return { ok: false, fields };
}
