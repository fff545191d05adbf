import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import { type Lead, leads } from './schema';

/**
 * Writes a new lead and the statements that must commit with it (its idempotency key, its
 * deliveries) in one D1 batch: all are stored or none. Throws if D1 does not confirm.
 */
export async function insertLead(db: D1Database, lead: Lead, alongside: BatchItem<'sqlite'>[] = []): Promise<void> {
  const orm = drizzle(db);
  await orm.batch([orm.insert(leads).values(lead), ...alongside]);
}
