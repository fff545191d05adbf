import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type Lead, type LeadRevision, leadRevisions, leads } from '../../db/schema';
import { type LeadEvent, leadEvents } from '../../db/tables/adminTables';

export interface LeadRecord {
  lead: Lead;
  /** Status changes and notes, oldest first. */
  events: LeadEvent[];
  /** The answers that repeat submissions replaced, oldest first. */
  revisions: LeadRevision[];
}

/** A lead with its pipeline history and earlier answers, or `undefined` if there is no lead with this id. */
export async function readLead(db: D1Database, id: string): Promise<LeadRecord | undefined> {
  const orm = drizzle(db);
  const [[lead], events, revisions] = await orm.batch([
    orm.select().from(leads).where(eq(leads.id, id)).limit(1),
    orm.select().from(leadEvents).where(eq(leadEvents.leadId, id)).orderBy(asc(leadEvents.createdAt)),
    orm.select().from(leadRevisions).where(eq(leadRevisions.leadId, id)).orderBy(asc(leadRevisions.submittedAt)),
  ]);
  return lead ? { lead, events, revisions } : undefined;
}
