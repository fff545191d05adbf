import { and, eq, gte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookOutbox } from '../db/tables/outboxTables';
import { requeueValues } from './requeueValues';

export interface RecoverScope {
  /** Only this form's deliveries. */
  formSlug?: string;
  /** Only this endpoint's (with formSlug). */
  endpoint?: string;
}

/**
 * Queues again every failed delivery whose event happened at or after `since`, each with its own
 * webhook-id and a fresh retry schedule from `now`; returns how many. Enable a disabled endpoint
 * first (enableEndpoint), or its deliveries fail again at once. For the admin, behind its sign-in.
 */
export async function recoverFailed(db: D1Database, since: Date, now: Date, scope: RecoverScope = {}): Promise<number> {
  const recovered = await drizzle(db)
    .update(webhookOutbox)
    .set(requeueValues(now))
    .where(
      and(
        eq(webhookOutbox.status, 'failed'),
        gte(webhookOutbox.createdAt, since),
        scope.formSlug === undefined ? undefined : eq(webhookOutbox.formSlug, scope.formSlug),
        scope.endpoint === undefined ? undefined : eq(webhookOutbox.endpoint, scope.endpoint),
      ),
    )
    .returning({ id: webhookOutbox.id });
  return recovered.length;
}
