import { and, count, eq, lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookOutbox } from './schema';

/** How many outbox rows are waiting for an attempt at `now`. */
export async function countDueDeliveries(db: D1Database, now: Date): Promise<number> {
  const [row] = await drizzle(db)
    .select({ due: count() })
    .from(webhookOutbox)
    .where(and(eq(webhookOutbox.status, 'pending'), lte(webhookOutbox.nextAttemptAt, now)));
  return row?.due ?? 0;
}
