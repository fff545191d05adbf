import type { AttemptOutcome } from '../outbox/attemptOutcome';
import { RESPONSE_BODY_LOG_BYTES } from '../outbox/retryPolicy';
import type { WebhookKey } from './parseWebhookSecret';
import { readResponseStart } from './readResponseStart';
import { signWebhook } from './signWebhook';

export interface AttemptToSend {
  url: URL;
  /** The outbox row's id: the `webhook-id`, identical on every attempt. */
  id: string;
  body: string;
  /** Signing keys; none for a chat endpoint configured without a secret. */
  keys: readonly WebhookKey[];
  timeoutMs: number;
}

export interface SentAttempt {
  outcome: AttemptOutcome;
  durationMs: number;
  httpStatus: number | null;
  /** Why there was no response, or why its body could not be read. */
  error: string | null;
  responseBody: string | null;
}

/**
 * One POST of a delivery: a fresh `webhook-timestamp` and signature (the wall clock at sending),
 * redirects returned rather than followed, and the whole exchange bounded by `timeoutMs`.
 */
export async function sendAttempt({ url, id, body, keys, timeoutMs }: AttemptToSend): Promise<SentAttempt> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> =
    keys.length > 0
      ? { ...(await signWebhook({ id, timestamp, body, secrets: keys })) }
      : { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'content-type': 'application/json' };
  headers['user-agent'] = 'Formwell-Webhooks/1';

  const started = Date.now();
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal });
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      outcome: timedOut ? { kind: 'timeout' } : { kind: 'network-error' },
      durationMs: Date.now() - started,
      httpStatus: null,
      error: timedOut ? `no response within ${timeoutMs} ms` : `connection failed: ${messageOf(error)}`,
      responseBody: null,
    };
  }
  let responseBody: string | null = null;
  let error: string | null = null;
  try {
    responseBody = await readResponseStart(response, RESPONSE_BODY_LOG_BYTES);
  } catch (cause) {
    // The status line arrived, so it decides; the log says the body did not.
    error = `the response body could not be read: ${messageOf(cause)}`;
  }
  return {
    outcome: { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after') },
    durationMs: Date.now() - started,
    httpStatus: response.status,
    error,
    responseBody,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
