import { envText } from '../lib/envText';
import { claimDeliveries } from './claimDeliveries';
import { type DeliveryOptions, deliverRows } from './deliverRows';
import { SWEEP_BUDGETS, SWEEP_WALL_MS, type SweepBudget } from './retryPolicy';

export interface SweepSummary {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
  /** Given back unattempted because their endpoint failed earlier in the sweep. */
  skipped: number;
  rounds: number;
}

/**
 * Cron: attempts the deliveries (webhooks and emails) that are due at `now`, straight from the
 * outbox (retries live nowhere else), in rounds until the plan's budget is spent, nothing is due, or
 * SWEEP_WALL_MS has passed. Each round takes the oldest rows, a few per endpoint, so every endpoint
 * gets its turn however large another's backlog; an endpoint that fails is left for the next sweep.
 */
export async function sweepOutbox(
  env: Env,
  now: Date,
  options: DeliveryOptions & { budget?: SweepBudget } = {},
): Promise<SweepSummary> {
  const budget = options.budget ?? SWEEP_BUDGETS[envText(env, 'WORKERS_PLAN') === 'paid' ? 'paid' : 'free'];
  const summary: SweepSummary = { claimed: 0, delivered: 0, retrying: 0, failed: 0, skipped: 0, rounds: 0 };
  const broken = new Set<string>();
  const started = Date.now();
  let attempted = 0;
  while (attempted < budget.deliveries && Date.now() - started < SWEEP_WALL_MS) {
    const limit = Math.min(budget.round, budget.deliveries - attempted);
    const rows = await claimDeliveries(env.DB, now, {
      sweep: { limit, perEndpoint: budget.perEndpointPerRound, skip: [...broken] },
    });
    if (rows.length === 0) break;
    const results = await deliverRows(env, rows, now, options, broken);
    summary.rounds++;
    summary.claimed += rows.length;
    for (const { decision } of results) {
      if (decision.action === 'delivered') summary.delivered++;
      else if (decision.action === 'retry' || decision.action === 'unrecorded') summary.retrying++;
      else if (decision.action === 'skipped') summary.skipped++;
      else summary.failed++;
    }
    attempted += results.filter(({ decision }) => decision.action !== 'skipped').length;
    // Everything left was skipped: the endpoints still due are all failing.
    if (results.every(({ decision }) => decision.action === 'skipped')) break;
  }
  if (summary.claimed > 0) console.log('webhook sweep', summary);
  return summary;
}
