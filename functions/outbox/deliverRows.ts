import type { OutboxRow } from '../db/tables/outboxTables';
import { errorCause } from '../lib/errorCause';
import { forEachLimited } from '../lib/forEachLimited';
import { notifyEndpointDisabled } from '../notify/notifyEndpointDisabled';
import { attemptDelivery } from './attemptDelivery';
import type { AttemptOutcome } from './attemptOutcome';
import { describeOutcome } from './attemptOutcome';
import { type AttemptDecision, decideAfterAttempt } from './decideAfterAttempt';
import { endpointKey, isEndpointFailingForDays, readDisabledEndpoints, setEndpointDisabled } from './endpointState';
import { type AttemptRecord, type FailedUnsent, recordAttempts } from './recordAttempts';
import { DELIVERY_CONCURRENCY, FAILING_ENDPOINT_DAYS, REQUEST_TIMEOUT_MS } from './retryPolicy';

/** Knobs for tests: pin the jitter, shorten the timeout. Production uses the defaults. */
export interface DeliveryOptions {
  random?: () => number;
  timeoutMs?: number;
}

export type RowResult =
  | { id: string; decision: AttemptDecision }
  /** Attempted, but D1 did not take the record: the row is attempted again after its lease, with the same id. */
  | { id: string; decision: { action: 'unrecorded' } }
  /** Not attempted: its endpoint failed earlier in this run, so the row was given back for a later run. */
  | { id: string; decision: { action: 'skipped' } };

/**
 * Attempts claimed rows, DELIVERY_CONCURRENCY at a time, and records them in one D1 batch. An
 * endpoint that fails (no answer, 5xx, 429, missing secret) is not tried again in the same run: its
 * other rows are given back unattempted, so a dead receiver costs a run a handful of attempts, not
 * its whole budget. 410, or failing for FAILING_ENDPOINT_DAYS, disables the endpoint and tells the
 * owner once; a disabled endpoint's rows are failed without a request. `broken` carries the
 * failing endpoints from one round of a sweep to the next.
 */
export async function deliverRows(
  env: Env,
  rows: readonly OutboxRow[],
  now: Date,
  options: DeliveryOptions = {},
  broken: Set<string> = new Set(),
): Promise<RowResult[]> {
  if (rows.length === 0) return [];
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const disabled = await readDisabledEndpoints(env.DB);
  const records: AttemptRecord[] = [];
  const released: OutboxRow[] = [];
  const failedUnsent: FailedUnsent[] = [];
  const described = new Map<string, string>();
  const results = await forEachLimited(rows, DELIVERY_CONCURRENCY, async (row): Promise<RowResult> => {
    const key = endpointKey(row.formSlug, row.endpoint);
    const disabledBecause = disabled.get(key);
    if (disabledBecause !== undefined) {
      const reason = `Not sent: the endpoint is disabled. ${disabledBecause}`;
      failedUnsent.push({ row, reason });
      return { id: row.id, decision: { action: 'failed', reason } };
    }
    if (broken.has(key)) {
      released.push(row);
      return { id: row.id, decision: { action: 'skipped' } };
    }
    const sent = await attemptDelivery(env, row, timeoutMs);
    const attempt = row.attempts + 1;
    // Judged as of the run's time: Retry-After and the table then count from the scheduled time.
    const decision = decideAfterAttempt({
      attempt,
      firstScheduledAt: row.firstScheduledAt,
      outcome: sent.outcome,
      now,
      random,
    });
    if (endpointDown(sent.outcome)) broken.add(key);
    described.set(row.id, describeOutcome(sent.outcome));
    records.push({
      row,
      startedAt: now,
      durationMs: sent.durationMs,
      httpStatus: sent.httpStatus,
      error: sent.error,
      responseBody: sent.responseBody,
      decision,
      retryNote:
        decision.action === 'retry'
          ? `Attempt ${attempt} ${describeOutcome(sent.outcome)}; the next is due at ${decision.at.toISOString()}.`
          : '',
    });
    return { id: row.id, decision };
  });

  let failingSince: Map<string, Date | null>;
  try {
    failingSince = await recordAttempts(env.DB, records, released, failedUnsent);
  } catch (error) {
    console.error('webhook attempts not recorded; retried after their lease', {
      ids: rows.map((row) => row.id),
      cause: errorCause(error),
    });
    return rows.map((row) => ({ id: row.id, decision: { action: 'unrecorded' } }));
  }
  await disableFailingEndpoints(env, records, failingSince, disabled, described, now);
  return results;
}

/** Whether an outcome says the receiver itself is unreachable or overloaded, rather than that one message was refused. */
function endpointDown(outcome: AttemptOutcome): boolean {
  if (outcome.kind === 'response') return outcome.status >= 500 || outcome.status === 429;
  return outcome.kind !== 'accepted';
}

async function disableFailingEndpoints(
  env: Env,
  records: readonly AttemptRecord[],
  failingSince: Map<string, Date | null>,
  disabled: Map<string, string>,
  described: Map<string, string>,
  now: Date,
): Promise<void> {
  for (const record of records) {
    const { row, decision } = record;
    const key = endpointKey(row.formSlug, row.endpoint);
    // A conversion is refused one lead at a time (an old gclid) and has no endpoint the owner could
    // re-enable: it is retried and fails on its own, never switching the platform off.
    if (disabled.has(key) || row.channel === 'conversion') continue;
    const since = failingSince.get(key);
    let because: string | undefined;
    if (decision.action === 'disable-endpoint') because = decision.reason;
    else if (decision.action !== 'delivered' && since && isEndpointFailingForDays(since, now)) {
      because = `Every delivery since ${since.toISOString()} failed (over ${FAILING_ENDPOINT_DAYS} days); the last attempt ${described.get(row.id) ?? 'failed'}.`;
    }
    if (because === undefined) continue;
    disabled.set(key, because);
    if (await setEndpointDisabled(env.DB, row.formSlug, row.endpoint, because, now)) {
      await notifyEndpointDisabled(env, row.formSlug, row.endpoint, because);
    }
  }
}
