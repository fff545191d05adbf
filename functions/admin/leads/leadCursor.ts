import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import { leads } from '../../db/tables/leads';

/** Where a page of leads ends in newest-first order: the last lead's time and id (ties broken by id). */
export interface LeadCursor {
  createdAt: number;
  id: string;
}

/** A cursor for a URL; opaque to the owner, checked when read back. */
export function encodeLeadCursor(cursor: LeadCursor): string {
  return `${cursor.createdAt}_${cursor.id}`;
}

/** The cursor in a URL parameter, or `undefined` if there is none or it is not one of ours. */
export function decodeLeadCursor(text: string | null | undefined): LeadCursor | undefined {
  const match = /^(\d{1,15})_([\w-]{1,64})$/.exec(text ?? '');
  return match?.[1] && match[2] ? { createdAt: Number(match[1]), id: match[2] } : undefined;
}

/** Leads strictly after the cursor in newest-first order (keyset pagination: no OFFSET scan). */
export function afterLeadCursor(cursor: LeadCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(leads.createdAt, at), and(eq(leads.createdAt, at), lt(leads.id, cursor.id)));
}
