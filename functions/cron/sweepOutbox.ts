import { claimDeliveries } from '../db/claimDeliveries';
import { type DeliveryOptions, deliverRows } from '../webhooks/deliverRows';

export interface SweepSummary {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Cron: attempts the webhook deliveries that are due at `now`, straight from the outbox (retries
 * live nowhere else). One bounded batch per run (retryPolicy.ts: SWEEP_BATCH_SIZE, at most
 * SWEEP_PER_ENDPOINT per endpoint), so a run stays inside the Workers and D1 limits.
 */
export async function sweepOutbox(env: Env, now: Date, options: DeliveryOptions = {}): Promise<SweepSummary> {
  const rows = await claimDeliveries(env.DB, now, { sweep: true });
  const results = await deliverRows(env, rows, now, options);
  const count = (...actions: string[]) => results.filter((result) => actions.includes(result.decision.action)).length;
  const summary = {
    claimed: rows.length,
    delivered: count('delivered'),
    retrying: count('retry', 'unrecorded'),
    failed: count('failed', 'disable-endpoint'),
  };
  if (summary.claimed > 0) console.log('webhook sweep', summary);
  return summary;
}
