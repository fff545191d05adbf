import { and, count, eq, lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookOutbox } from '../db/tables/outboxTables';
import { claimDeliveries } from './claimDeliveries';
import { type DeliveryOptions, deliverRows } from './deliverRows';
import { INLINE_RETRY_WINDOW_MS } from './retryPolicy';

/**
 * The first attempts of what a lead event queued, run after the response (ctx.waitUntil). Within
 * INLINE_RETRY_WINDOW_MS it keeps going: a retry the policy puts that soon (the 5 s slot) is made
 * here, and an event waiting behind an earlier one of the same lead (another invocation is sending
 * it) goes as soon as that is done. Later retries are left to the sweep, and so is everything if
 * this invocation dies.
 */
export async function deliverLeadNow(env: Env, leadId: string, options: DeliveryOptions = {}): Promise<void> {
  const started = Date.now();
  const inWindow = () => Date.now() - started <= INLINE_RETRY_WINDOW_MS;
  let nextRetry = Number.POSITIVE_INFINITY;
  for (;;) {
    const now = new Date();
    const rows = await claimDeliveries(env.DB, now, { leadId });
    const results = await deliverRows(env, rows, now, options);
    for (const { decision } of results) {
      if (decision.action === 'retry') nextRetry = Math.min(nextRetry, decision.at.getTime());
    }
    // A delivery may have unblocked the lead's next event: claim again at once.
    if (results.some(({ decision }) => decision.action === 'delivered')) continue;
    if (rows.length === 0 && inWindow() && (await waiting(env.DB, leadId, now)) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    const wait = nextRetry - Date.now();
    if (!Number.isFinite(wait) || wait > INLINE_RETRY_WINDOW_MS || !inWindow()) return;
    nextRetry = Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
  }
}

/** The lead's deliveries that are due but were not claimable: in flight elsewhere, or behind an earlier event. */
async function waiting(db: D1Database, leadId: string, now: Date): Promise<number> {
  const [row] = await drizzle(db)
    .select({ n: count() })
    .from(webhookOutbox)
    .where(
      and(eq(webhookOutbox.leadId, leadId), eq(webhookOutbox.status, 'pending'), lte(webhookOutbox.nextAttemptAt, now)),
    );
  return row?.n ?? 0;
}
