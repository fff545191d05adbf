import { failClaimedDelivery } from '../db/failClaimedDelivery';
import { recordAttempt } from '../db/recordAttempt';
import { setEndpointDisabled } from '../db/setEndpointDisabled';
import type { OutboxRow } from '../db/webhookTables';
import { notifyEndpointDisabled } from '../notify/notifyEndpointDisabled';
import { type AttemptDecision, decideAfterAttempt } from './decideAfterAttempt';
import { describeOutcome } from './describeOutcome';
import { endpointKey } from './endpointKey';
import { isEndpointFailingForDays } from './isEndpointFailingForDays';
import { resolveTarget } from './resolveTarget';
import { FAILING_ENDPOINT_DAYS } from './retryPolicy';
import { type SentAttempt, sendAttempt } from './sendAttempt';

export interface DeliveryContext {
  /** The clock the schedule runs on: the sweep's time, or the time of the submission. */
  now: Date;
  random: () => number;
  timeoutMs: number;
  /** Disabled endpoints and why (readDisabledEndpoints); endpoints disabled now are added. */
  disabled: Map<string, string>;
}

export type DeliveryResult = { id: string; decision: AttemptDecision };

/**
 * One attempt of a claimed outbox row: resolve its target (SSRF check and secrets), send, decide
 * with the retry policy, record. 410, or failing for FAILING_ENDPOINT_DAYS, disables the endpoint
 * and tells the owner once. A disabled endpoint's rows are failed without a request.
 */
export async function deliverClaimed(env: Env, row: OutboxRow, context: DeliveryContext): Promise<DeliveryResult> {
  const { now } = context;
  const key = endpointKey(row.formSlug, row.endpoint);
  const disabledBecause = context.disabled.get(key);
  if (disabledBecause !== undefined) {
    const reason = `Not sent: the endpoint is disabled. ${disabledBecause}`;
    await failClaimedDelivery(env.DB, row, reason);
    return { id: row.id, decision: { action: 'failed', reason } };
  }

  const target = resolveTarget(row.target, env);
  const sent: SentAttempt = target.ok
    ? await sendAttempt({
        url: target.url,
        id: row.id,
        body: JSON.stringify(row.payload),
        keys: target.keys,
        timeoutMs: context.timeoutMs,
      })
    : {
        outcome: { kind: 'not-sent', reason: target.reason },
        durationMs: 0,
        httpStatus: null,
        error: target.reason,
        responseBody: null,
      };
  const attempt = row.attempts + 1;
  // Judged as of the attempt's start: Retry-After and the table then count from the scheduled time.
  const decision = decideAfterAttempt({
    attempt,
    firstScheduledAt: row.firstScheduledAt,
    outcome: sent.outcome,
    now,
    random: context.random,
  });
  const { failingSince } = await recordAttempt(env.DB, {
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

  let disableBecause: string | undefined;
  if (decision.action === 'disable-endpoint') disableBecause = decision.reason;
  else if (decision.action !== 'delivered' && failingSince && isEndpointFailingForDays(failingSince, now)) {
    disableBecause = `Every delivery since ${failingSince.toISOString()} failed (over ${FAILING_ENDPOINT_DAYS} days); the last attempt ${describeOutcome(sent.outcome)}.`;
  }
  if (disableBecause !== undefined) {
    context.disabled.set(key, disableBecause);
    if (await setEndpointDisabled(env.DB, row.formSlug, row.endpoint, disableBecause, now)) {
      await notifyEndpointDisabled(env, row.formSlug, row.endpoint, disableBecause);
    }
  }
  return { id: row.id, decision };
}
