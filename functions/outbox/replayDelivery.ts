import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookOutbox } from '../db/tables/outboxTables';
import { requeueValues } from './requeueValues';

export type Replay = { ok: true } | { ok: false; reason: 'not_found' | 'in_flight' };

/**
 * Queues one delivery again, whatever its state, with the same webhook-id and payload and a fresh
 * retry schedule from `now`; the next sweep sends it. For the admin: expose it only behind its
 * sign-in. A delivery being attempted right now is left alone (`in_flight`).
 */
export async function replayDelivery(db: D1Database, outboxId: string, now: Date): Promise<Replay> {
  const orm = drizzle(db);
  const replayed = await orm
    .update(webhookOutbox)
    .set({ ...requeueValues(now), deliveredAt: null })
    .where(
      and(eq(webhookOutbox.id, outboxId), or(isNull(webhookOutbox.leaseUntil), lte(webhookOutbox.leaseUntil, now))),
    )
    .returning({ id: webhookOutbox.id });
  if (replayed.length > 0) return { ok: true };
  const [exists] = await orm.select({ id: webhookOutbox.id }).from(webhookOutbox).where(eq(webhookOutbox.id, outboxId));
  return { ok: false, reason: exists ? 'in_flight' : 'not_found' };
}
