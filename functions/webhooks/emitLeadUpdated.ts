import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Lead } from '../db/schema';
import { outboxInserts } from '../outbox/queueDeliveries';

/**
 * Queues `lead.updated` deliveries of a lead as it now is (after a status change, a note, an edit)
 * to the form's endpoints that take that event; the next sweep sends them. Returns how many were
 * queued. To write them atomically with the change itself, add outboxInserts(orm, form, lead,
 * 'lead.updated', now) to the change's own D1 batch instead.
 */
export async function emitLeadUpdated(db: D1Database, form: FormDefinition, lead: Lead, now: Date): Promise<number> {
  const orm = drizzle(db);
  const [first, ...rest] = outboxInserts(orm, form, lead, 'lead.updated', now);
  if (!first) return 0;
  await orm.batch([first, ...rest]);
  return rest.length + 1;
}
