import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { AttemptDecision } from '../webhooks/decideAfterAttempt';
import { type OutboxRow, webhookAttempts, webhookEndpoints, webhookOutbox } from './webhookTables';

export interface AttemptRecord {
  /** The claimed row, as claimDeliveries returned it (its lease proves the claim). */
  row: OutboxRow;
  startedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  error: string | null;
  responseBody: string | null;
  decision: AttemptDecision;
  /** What the outbox row's last_error says when the decision is a retry. */
  retryNote: string;
}

/**
 * Writes an attempt to the delivery log, moves its outbox row on (delivered, due again, or failed;
 * lease released) and updates the endpoint's health, in one D1 batch. Returns since when the
 * endpoint has been failing (null after a success).
 */
export async function recordAttempt(db: D1Database, record: AttemptRecord): Promise<{ failingSince: Date | null }> {
  const { row, decision, startedAt } = record;
  const orm = drizzle(db);
  const delivered = decision.action === 'delivered';
  const attempt = row.attempts + 1;
  const [, , [health]] = await orm.batch([
    orm.insert(webhookAttempts).values({
      outboxId: row.id,
      attempt,
      startedAt,
      durationMs: record.durationMs,
      httpStatus: record.httpStatus,
      error: record.error,
      responseBody: record.responseBody,
      decision: decision.action,
    }),
    orm
      .update(webhookOutbox)
      .set({
        attempts: attempt,
        leaseUntil: null,
        ...(decision.action === 'delivered' && { status: 'delivered', deliveredAt: startedAt, lastError: null }),
        ...(decision.action === 'retry' && {
          status: 'pending',
          nextAttemptAt: decision.at,
          lastError: record.retryNote,
        }),
        ...((decision.action === 'failed' || decision.action === 'disable-endpoint') && {
          status: 'failed',
          lastError: decision.reason,
        }),
      })
      // Only while the claim holds: a row whose lease ran out belongs to whoever claimed it next.
      .where(and(eq(webhookOutbox.id, row.id), eq(webhookOutbox.leaseUntil, row.leaseUntil ?? new Date(0)))),
    orm
      .insert(webhookEndpoints)
      .values({
        formSlug: row.formSlug,
        endpoint: row.endpoint,
        failingSince: delivered ? null : startedAt,
        lastSuccessAt: delivered ? startedAt : null,
      })
      .onConflictDoUpdate({
        target: [webhookEndpoints.formSlug, webhookEndpoints.endpoint],
        set: delivered
          ? { failingSince: null, lastSuccessAt: startedAt }
          : { failingSince: sql`coalesce(${webhookEndpoints.failingSince}, excluded.failing_since)` },
      })
      .returning({ failingSince: webhookEndpoints.failingSince }),
  ]);
  return { failingSince: health?.failingSince ?? null };
}
