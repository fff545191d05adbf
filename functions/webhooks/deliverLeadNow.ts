import { claimDeliveries } from '../db/claimDeliveries';
import { type DeliveryOptions, deliverRows } from './deliverRows';
import { INLINE_RETRY_WINDOW_MS } from './retryPolicy';

/**
 * The first attempt of a new lead's deliveries, run after the response (ctx.waitUntil). A retry the
 * policy puts within INLINE_RETRY_WINDOW_MS (the 5 s slot) is claimed from the outbox again and
 * made here too; later ones are left to the sweep. If this invocation dies, the sweep takes over.
 */
export async function deliverLeadNow(env: Env, leadId: string, options: DeliveryOptions = {}): Promise<void> {
  const started = Date.now();
  for (;;) {
    const now = new Date();
    const results = await deliverRows(env, await claimDeliveries(env.DB, now, { leadId }), now, options);
    const retries = results.flatMap(({ decision }) => (decision.action === 'retry' ? [decision.at.getTime()] : []));
    if (retries.length === 0) return;
    const wait = Math.min(...retries) - Date.now();
    if (wait > INLINE_RETRY_WINDOW_MS || Date.now() - started > INLINE_RETRY_WINDOW_MS) return;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
  }
}
