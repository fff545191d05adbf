import type { LeadCursor } from './leadCursor';

/** A cursor for a URL; opaque to the owner, checked when read back (decodeLeadCursor). */
export function encodeLeadCursor(cursor: LeadCursor): string {
  return `${cursor.createdAt}_${cursor.id}`;
}
