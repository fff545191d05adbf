import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type OutboxRow, webhookOutbox } from './webhookTables';

/** Marks a claimed row failed without an attempt (its endpoint is disabled), releasing the lease. */
export async function failClaimedDelivery(db: D1Database, row: OutboxRow, reason: string): Promise<void> {
  await drizzle(db)
    .update(webhookOutbox)
    .set({ status: 'failed', lastError: reason, leaseUntil: null })
    .where(and(eq(webhookOutbox.id, row.id), eq(webhookOutbox.leaseUntil, row.leaseUntil ?? new Date(0))));
}
