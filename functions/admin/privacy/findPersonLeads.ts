import { asc, desc, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leadRevisions, leads } from '../../db/schema';
import { leadEvents } from '../../db/tables/adminTables';
import type { LeadRecord } from '../leads/readLead';
import type { PersonMatch } from './personConditions';

/** Every lead of one person with its history, notes and earlier answers, newest first (few: no paging). */
export async function findPersonLeads(db: D1Database, match: PersonMatch & { ok: true }): Promise<LeadRecord[]> {
  const orm = drizzle(db);
  const found = await orm.select().from(leads).where(match.where).orderBy(desc(leads.createdAt)).limit(100);
  if (found.length === 0) return [];
  const ids = found.map((lead) => lead.id);
  const [events, revisions] = await orm.batch([
    orm.select().from(leadEvents).where(inArray(leadEvents.leadId, ids)).orderBy(asc(leadEvents.createdAt)),
    orm.select().from(leadRevisions).where(inArray(leadRevisions.leadId, ids)).orderBy(asc(leadRevisions.submittedAt)),
  ]);
  return found.map((lead) => ({
    lead,
    events: events.filter((event) => event.leadId === lead.id),
    revisions: revisions.filter((revision) => revision.leadId === lead.id),
  }));
}
