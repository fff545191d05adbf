import { parseRetryAfter } from '../webhooks/parseRetryAfter';
import { type AttemptOutcome, describeOutcome } from './attemptOutcome';
import { MAX_ATTEMPTS, MAX_RETRY_AFTER_SECONDS, RETRY_JITTER, RETRY_SCHEDULE_SECONDS } from './retryPolicy';

export type AttemptDecision =
  | { action: 'delivered' }
  | { action: 'retry'; at: Date }
  | { action: 'failed'; reason: string }
  | { action: 'disable-endpoint'; reason: string };

export type AttemptToJudge = {
  /** The 1-based number of the attempt just made. */
  attempt: number;
  /** When the first attempt was scheduled: the retry table counts from here. */
  firstScheduledAt: Date;
  outcome: AttemptOutcome;
  now: Date;
  /** A number in [0, 1), like Math.random; injected so tests can pin the jitter. */
  random: () => number;
};

/**
 * What to do after a delivery attempt. Any 2xx is delivered; 410 Gone disables the endpoint;
 * everything else (3xx included: redirects are never followed) retries per the table until
 * MAX_ATTEMPTS. 429 and 503 wait for `Retry-After` when it is later than the table's next slot,
 * but at most MAX_RETRY_AFTER_SECONDS.
 */
export function decideAfterAttempt({
  attempt,
  firstScheduledAt,
  outcome,
  now,
  random,
}: AttemptToJudge): AttemptDecision {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`Attempt ${attempt} must be an integer from 1.`);
  if (outcome.kind === 'accepted') return { action: 'delivered' };
  if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return { action: 'delivered' };
  if (outcome.kind === 'response' && outcome.status === 410) {
    return {
      action: 'disable-endpoint',
      reason:
        'The endpoint answered 410 Gone, meaning it no longer accepts webhooks, so it was disabled. Check the address with the receiving service, then re-enable the endpoint.',
    };
  }

  const wait = RETRY_SCHEDULE_SECONDS[attempt];
  const slot = RETRY_SCHEDULE_SECONDS[attempt - 1];
  if (wait === undefined || slot === undefined) {
    return {
      action: 'failed',
      reason: `Every one of the ${MAX_ATTEMPTS} attempts over 24 hours failed; the last one ${describeOutcome(outcome)}. Check that the endpoint is reachable and answers with a 2xx status.`,
    };
  }

  // The wait from this attempt's slot to the next, jittered, so the slots keep their order.
  const gapMs = (wait - slot) * 1000 * (1 + RETRY_JITTER * (2 * random() - 1));
  const onSchedule = firstScheduledAt.getTime() + slot * 1000 + gapMs;
  // Behind schedule (a slow attempt, a backlog): wait the gap from now rather than retrying at once.
  const tableAt = onSchedule > now.getTime() ? onSchedule : now.getTime() + gapMs;

  if (
    outcome.kind === 'response' &&
    (outcome.status === 429 || outcome.status === 503) &&
    outcome.retryAfter !== null
  ) {
    const retryAfter = parseRetryAfter(outcome.retryAfter, now);
    if (retryAfter.ok && retryAfter.at.getTime() > tableAt) {
      const cappedAt = Math.min(retryAfter.at.getTime(), now.getTime() + MAX_RETRY_AFTER_SECONDS * 1000);
      return { action: 'retry', at: new Date(Math.max(cappedAt, tableAt)) };
    }
  }
  return { action: 'retry', at: new Date(tableAt) };
}
