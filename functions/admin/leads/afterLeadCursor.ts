import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import { leads } from '../../db/schema';
import type { LeadCursor } from './leadCursor';

/** Leads strictly after the cursor in newest-first order (keyset pagination: no OFFSET scan). */
export function afterLeadCursor(cursor: LeadCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(leads.createdAt, at), and(eq(leads.createdAt, at), lt(leads.id, cursor.id)));
}
