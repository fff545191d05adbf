import { and, eq, lt } from 'drizzle-orm';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { leads } from '../../db/schema';
import { ERASE_BATCH, eraseLeads } from './eraseLeads';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Batches one cron run may erase; what is left waits for the next run (D1 caps queries per invocation). */
const MAX_BATCHES = 10;

/**
 * Cron: erases the leads of every form with `retentionDays` that are older than that, with
 * their history and outbox rows. Returns how many leads were erased.
 */
export async function enforceRetention(db: D1Database, forms: readonly FormDefinition[], now: Date): Promise<number> {
  let erased = 0;
  let batches = 0;
  for (const form of forms) {
    if (!form.retentionDays) continue;
    const cutoff = new Date(now.getTime() - form.retentionDays * DAY_MS);
    const where = and(eq(leads.formSlug, form.slug), lt(leads.createdAt, cutoff));
    while (where && batches < MAX_BATCHES) {
      batches++;
      const gone = await eraseLeads(db, where);
      erased += gone;
      if (gone < ERASE_BATCH) break;
    }
  }
  return erased;
}
