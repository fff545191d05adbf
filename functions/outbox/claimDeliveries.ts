import { and, eq, inArray, isNull, lte, not, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type OutboxRow, webhookOutbox } from '../db/tables/outboxTables';
import { LEASE_MS } from './retryPolicy';

/**
 * Which due rows to claim: a lead's (right after it was stored), or for a sweep round the oldest
 * `limit`, at most `perEndpoint` of each endpoint, leaving out the endpoints in `skip` (`form/endpoint`).
 */
export type ClaimScope =
  | { leadId: string }
  | { sweep: { limit: number; perEndpoint: number; skip?: readonly string[] } };

/**
 * Reserves due outbox rows for this invocation and returns them, in one UPDATE ... RETURNING, so
 * two invocations (the first attempt and a sweep, or two sweeps) never attempt the same row at the
 * same time. The reservation lasts LEASE_MS; a row whose invocation died is claimable after that.
 * A row waits while an earlier event of its lead to the same endpoint is still pending, so each
 * receiver gets a lead's events in order.
 */
export async function claimDeliveries(db: D1Database, now: Date, scope: ClaimScope): Promise<OutboxRow[]> {
  const due = and(
    eq(webhookOutbox.status, 'pending'),
    lte(webhookOutbox.nextAttemptAt, now),
    or(isNull(webhookOutbox.leaseUntil), lte(webhookOutbox.leaseUntil, now)),
    not(
      sql`exists (select 1 from webhook_outbox as earlier where earlier.lead_id = ${webhookOutbox.leadId}
        and earlier.endpoint = ${webhookOutbox.endpoint} and earlier.status = 'pending'
        and earlier.seq < ${webhookOutbox.seq})`,
    ),
  );
  let which: ReturnType<typeof eq>;
  if ('leadId' in scope) which = eq(webhookOutbox.leadId, scope.leadId);
  else {
    const { limit, perEndpoint, skip = [] } = scope.sweep;
    // Oldest first, at most perEndpoint per endpoint: a backlog at one cannot delay the others.
    which = inArray(
      webhookOutbox.id,
      sql`(select id from (
        select id, next_attempt_at, row_number() over (
          partition by form_slug, endpoint order by next_attempt_at, seq
        ) as place from ${webhookOutbox} where ${due}
          and (form_slug || '/' || endpoint) not in (select value from json_each(${JSON.stringify(skip)}))
      ) where place <= ${perEndpoint} order by next_attempt_at limit ${limit})`,
    );
  }
  return drizzle(db)
    .update(webhookOutbox)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(and(due, which))
    .returning();
}
