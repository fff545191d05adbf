import { readDisabledEndpoints } from '../db/readDisabledEndpoints';
import type { OutboxRow } from '../db/webhookTables';
import { type DeliveryResult, deliverClaimed } from './deliverClaimed';
import { errorCause } from './errorCause';
import { forEachLimited } from './forEachLimited';
import { DELIVERY_CONCURRENCY, REQUEST_TIMEOUT_MS } from './retryPolicy';

/** Knobs for tests: pin the jitter, shorten the timeout. Production uses the defaults. */
export interface DeliveryOptions {
  random?: () => number;
  timeoutMs?: number;
}

export type RowResult = DeliveryResult | { id: string; decision: { action: 'unrecorded' } };

/**
 * Attempts claimed rows, DELIVERY_CONCURRENCY at a time, each independently: a row that cannot be
 * recorded (D1 unavailable) is logged and left to its lease, so it is attempted again later with the
 * same webhook-id.
 */
export async function deliverRows(
  env: Env,
  rows: readonly OutboxRow[],
  now: Date,
  options: DeliveryOptions = {},
): Promise<RowResult[]> {
  const context = {
    now,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    disabled: await readDisabledEndpoints(env.DB),
  };
  return forEachLimited(rows, DELIVERY_CONCURRENCY, async (row): Promise<RowResult> => {
    try {
      return await deliverClaimed(env, row, context);
    } catch (error) {
      console.error('webhook attempt not recorded; retried after its lease', {
        id: row.id,
        cause: errorCause(error),
      });
      return { id: row.id, decision: { action: 'unrecorded' } };
    }
  });
}
