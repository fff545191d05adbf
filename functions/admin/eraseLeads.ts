import { inArray, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leadEvents } from '../db/adminTables';
import { intakeKeys, leadRevisions, leads, partialLeads, webhookAttempts, webhookOutbox } from '../db/schema';

/** The most leads one call erases, so a single D1 batch stays small. */
export const ERASE_BATCH = 500;

/**
 * Erases up to ERASE_BATCH leads matching `where` and everything that copies their data (history,
 * notes, earlier answers, idempotency keys, the partial fill it completed, webhook outbox payloads,
 * logged delivery responses), children first, in one D1 batch.
 * Returns how many leads went.
 */
export async function eraseLeads(db: D1Database, where: SQL): Promise<number> {
  const orm = drizzle(db);
  const doomed = orm.select({ id: leads.id }).from(leads).where(where).orderBy(leads.id).limit(ERASE_BATCH);
  const deliveries = orm
    .select({ id: webhookOutbox.id })
    .from(webhookOutbox)
    .where(inArray(webhookOutbox.leadId, doomed));
  const results = await orm.batch([
    orm.delete(webhookAttempts).where(inArray(webhookAttempts.outboxId, deliveries)),
    orm.delete(leadRevisions).where(inArray(leadRevisions.leadId, doomed)),
    orm.delete(intakeKeys).where(inArray(intakeKeys.leadId, doomed)),
    orm.delete(partialLeads).where(inArray(partialLeads.completedLeadId, doomed)),
    orm.delete(leadEvents).where(inArray(leadEvents.leadId, doomed)),
    orm.delete(webhookOutbox).where(inArray(webhookOutbox.leadId, doomed)),
    orm.delete(leads).where(inArray(leads.id, doomed)),
  ]);
  return results.at(-1)?.meta.changes ?? 0;
}
