import { type AnyColumn, inArray, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { overwritten, overwrittenPartialLead } from '../../db/overwritten';
import { intakeKeys, leadRevisions, leads, partialLeads, webhookAttempts, webhookOutbox } from '../../db/schema';
import { leadEvents } from '../../db/tables/adminTables';
import { platformLeads } from '../../db/tables/leadAdsTables';

/** The most leads one call erases, so a single D1 batch stays small. */
export const ERASE_BATCH = 500;

/**
 * Erases up to ERASE_BATCH leads matching `where` and everything that copies their data (history,
 * notes, earlier answers, idempotency keys, the partial fill it completed, webhook outbox payloads,
 * logged delivery responses), children first, in one D1 batch. Every value is overwritten before its
 * row is deleted, so the database file keeps no readable copy (see overwritten.ts).
 * Returns how many leads went.
 */
export async function eraseLeads(db: D1Database, where: SQL): Promise<number> {
  const orm = drizzle(db);
  // Picked first, so that overwriting the leads' own columns cannot change which leads are erased.
  const picked = await orm.select({ id: leads.id }).from(leads).where(where).orderBy(leads.id).limit(ERASE_BATCH);
  const ids = picked.map((row) => row.id);
  if (ids.length === 0) return 0;
  const deliveries = orm.select({ id: webhookOutbox.id }).from(webhookOutbox).where(oneOf(webhookOutbox.leadId, ids));
  const ofLeads = {
    attempts: inArray(webhookAttempts.outboxId, deliveries),
    revisions: oneOf(leadRevisions.leadId, ids),
    keys: oneOf(intakeKeys.leadId, ids),
    partials: oneOf(partialLeads.completedLeadId, ids),
    events: oneOf(leadEvents.leadId, ids),
    outbox: oneOf(webhookOutbox.leadId, ids),
    leads: oneOf(leads.id, ids),
  };
  const results = await orm.batch([
    orm
      .update(webhookAttempts)
      .set({ error: overwritten(webhookAttempts.error), responseBody: overwritten(webhookAttempts.responseBody) })
      .where(ofLeads.attempts),
    orm.delete(webhookAttempts).where(ofLeads.attempts),
    orm
      .update(leadRevisions)
      .set({
        answers: overwritten(leadRevisions.answers),
        results: overwritten(leadRevisions.results),
        attribution: overwritten(leadRevisions.attribution),
        consent: overwritten(leadRevisions.consent),
        incoming: overwritten(leadRevisions.incoming),
      })
      .where(ofLeads.revisions),
    orm.delete(leadRevisions).where(ofLeads.revisions),
    orm
      .update(intakeKeys)
      .set({ key: overwritten(intakeKeys.key) })
      .where(ofLeads.keys),
    orm.delete(intakeKeys).where(ofLeads.keys),
    orm.update(partialLeads).set(overwrittenPartialLead()).where(ofLeads.partials),
    orm.delete(partialLeads).where(ofLeads.partials),
    orm
      .update(leadEvents)
      .set({ note: overwritten(leadEvents.note) })
      .where(ofLeads.events),
    orm.delete(leadEvents).where(ofLeads.events),
    orm
      .update(webhookOutbox)
      .set({
        payload: overwritten(webhookOutbox.payload),
        target: overwritten(webhookOutbox.target),
        lastError: overwritten(webhookOutbox.lastError),
      })
      .where(ofLeads.outbox),
    orm.delete(webhookOutbox).where(ofLeads.outbox),
    orm
      .update(leads)
      .set({
        answers: overwritten(leads.answers),
        results: overwritten(leads.results),
        attribution: overwritten(leads.attribution),
        consent: overwritten(leads.consent),
        contactEmail: overwritten(leads.contactEmail),
        contactPhone: overwritten(leads.contactPhone),
        screeningReason: overwritten(leads.screeningReason),
      })
      .where(ofLeads.leads),
    // The platform's lead id would let its Graph API give the person's answers back.
    orm.delete(platformLeads).where(oneOf(platformLeads.leadId, ids)),
    orm.delete(leads).where(ofLeads.leads),
  ]);
  return results.at(-1)?.meta.changes ?? 0;
}

/** `column in (ids)` with one bound parameter: D1 binds at most 100 per statement. */
export function oneOf(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}
