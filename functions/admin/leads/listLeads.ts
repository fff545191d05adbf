import { and, count, desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type Lead, leads } from '../../db/schema';
import { leadConditions } from './leadConditions';
import type { LeadCursor } from './leadCursor';
import { afterLeadCursor, encodeLeadCursor } from './leadCursor';
import type { LeadFilters } from './parseLeadFilters';

export interface LeadPage {
  leads: Lead[];
  /** How many leads match the filters in all. */
  total: number;
  /** The cursor of the next page, if there is one. */
  next?: string;
}

/** One page of leads, newest first, after `cursor`; the count and the page come from one D1 batch. */
export async function listLeads(
  db: D1Database,
  filters: LeadFilters,
  cursor: LeadCursor | undefined,
  pageSize = 50,
): Promise<LeadPage> {
  const orm = drizzle(db);
  const where = leadConditions(filters);
  const [rows, [totals]] = await orm.batch([
    orm
      .select()
      .from(leads)
      .where(and(where, afterLeadCursor(cursor)))
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(pageSize + 1),
    orm.select({ total: count() }).from(leads).where(where),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    leads: page,
    total: totals?.total ?? 0,
    ...(rows.length > pageSize &&
      last && { next: encodeLeadCursor({ createdAt: last.createdAt.getTime(), id: last.id }) }),
  };
}
