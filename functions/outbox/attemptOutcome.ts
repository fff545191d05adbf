import { REQUEST_TIMEOUT_MS } from './retryPolicy';

/** What one delivery attempt met: the receiver's answer, or why there was none. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfter: string | null }
  | { kind: 'timeout' }
  | { kind: 'network-error' }
  /** Nothing was sent: the target or its secret is missing or refused (the reason says which and what to do). */
  | { kind: 'not-sent'; reason: string }
  /** An email: the send_email binding took it. */
  | { kind: 'accepted' }
  /** An email: the send_email binding refused it (the reason is its message). */
  | { kind: 'refused'; reason: string };

/** What an attempt met, as the end of a sentence: "the last one got HTTP 500". */
export function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.kind === 'timeout') return `got no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`;
  if (outcome.kind === 'network-error') return 'could not connect';
  if (outcome.kind === 'not-sent') return `was not sent: ${outcome.reason}`;
  if (outcome.kind === 'accepted') return 'was accepted';
  if (outcome.kind === 'refused') return `was refused: ${outcome.reason}`;
  if (outcome.status >= 300 && outcome.status < 400) {
    return `was redirected (HTTP ${outcome.status}), and redirects are not followed: configure the final address`;
  }
  return `got HTTP ${outcome.status}`;
}
