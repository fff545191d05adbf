import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { leads } from '../../db/schema';
import type { LeadFilters } from './parseLeadFilters';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The SQL condition for a set of filters (dates are whole UTC days, `to` included). Spam and held
 * leads are left out unless the filters ask for them: they wait in their own review view.
 */
export function leadConditions(filters: LeadFilters) {
  const screening = filters.screening ?? 'clean';
  return and(
    screening === 'all'
      ? undefined
      : screening === 'review'
        ? ne(leads.screening, 'clean')
        : eq(leads.screening, screening),
    filters.form ? eq(leads.formSlug, filters.form) : undefined,
    filters.tier ? eq(leads.tier, filters.tier) : undefined,
    filters.status ? eq(leads.status, filters.status) : undefined,
    filters.from ? gte(leads.createdAt, new Date(Date.parse(filters.from))) : undefined,
    filters.to ? lt(leads.createdAt, new Date(Date.parse(filters.to) + DAY_MS)) : undefined,
    // Answers are stored as JSON text; a case-insensitive substring search over it finds any answer.
    filters.q ? sql`instr(lower(${leads.answers}), lower(${filters.q})) > 0` : undefined,
  );
}
