import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { LEASE_MS, SWEEP_BATCH_SIZE, SWEEP_PER_ENDPOINT } from '../webhooks/retryPolicy';
import { type OutboxRow, webhookOutbox } from './webhookTables';

/** Which due rows to claim: a lead's (right after it was stored) or the oldest few of every endpoint (a sweep). */
export type ClaimScope = { leadId: string } | { sweep: true };

/**
 * Reserves due outbox rows for this invocation and returns them, in one UPDATE ... RETURNING, so
 * two invocations (the first attempt and a sweep, or two sweeps) never attempt the same row at the
 * same time. The reservation lasts LEASE_MS; a row whose invocation died is claimable after that.
 */
export async function claimDeliveries(db: D1Database, now: Date, scope: ClaimScope): Promise<OutboxRow[]> {
  const due = and(
    eq(webhookOutbox.status, 'pending'),
    lte(webhookOutbox.nextAttemptAt, now),
    or(isNull(webhookOutbox.leaseUntil), lte(webhookOutbox.leaseUntil, now)),
  );
  const which =
    'leadId' in scope
      ? eq(webhookOutbox.leadId, scope.leadId)
      : // Oldest first, at most SWEEP_PER_ENDPOINT per endpoint: a backlog at one cannot delay the others.
        inArray(
          webhookOutbox.id,
          sql`(select id from (
            select id, next_attempt_at, row_number() over (
              partition by form_slug, endpoint order by next_attempt_at
            ) as place from ${webhookOutbox} where ${due}
          ) where place <= ${SWEEP_PER_ENDPOINT} order by next_attempt_at limit ${SWEEP_BATCH_SIZE})`,
        );
  return drizzle(db)
    .update(webhookOutbox)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(and(due, which))
    .returning();
}
