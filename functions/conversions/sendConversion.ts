import type { OutboxRow } from '../db/tables/outboxTables';
import { findForm } from '../forms/findForm';
import { RESPONSE_BODY_LOG_BYTES } from '../outbox/retryPolicy';
import type { SentAttempt } from '../webhooks/sendAttempt';
import { googleSecrets, metaSecrets } from './platformSecrets';
import { platformUrl } from './platformUrls';

interface Payload {
  platform: 'meta' | 'google';
  pixelId?: string;
  customerId?: string;
  body: Record<string, unknown>;
}

/**
 * One attempt of a conversion row: the stored body, with the platform's credentials read from the
 * Worker's secrets now (never stored). Meta: POST /<pixel>/events with the access token. Google: an
 * access token from the refresh token, then uploadClickConversions; a partial failure Google reports
 * inside a 200 counts as failed. The outbox retries and logs it like a webhook.
 */
export async function sendConversion(env: Env, row: OutboxRow, timeoutMs: number): Promise<SentAttempt> {
  const payload = row.payload as unknown as Payload;
  const form = await findForm(env, row.formSlug);
  const started = Date.now();
  const notSent = (reason: string): SentAttempt => ({
    outcome: { kind: 'not-sent', reason },
    durationMs: 0,
    httpStatus: null,
    error: reason,
    responseBody: null,
  });

  if (payload.platform === 'meta') {
    const meta = form?.conversions?.meta;
    if (!meta || !payload.pixelId) return notSent(`The form "${row.formSlug}" no longer sends Meta conversions.`);
    const secrets = metaSecrets(env, meta);
    if (!secrets.ok) return notSent(secrets.reason);
    const base = platformUrl(env, 'META_GRAPH_URL');
    if (!base.ok) return notSent(base.reason);
    return post(
      `${base.url}/${payload.pixelId}/events`,
      { 'content-type': 'application/json' },
      JSON.stringify({ ...payload.body, access_token: secrets.values.token }),
      timeoutMs,
      started,
    );
  }

  const google = form?.conversions?.google;
  if (!google || !payload.customerId)
    return notSent(`The form "${row.formSlug}" no longer sends Google Ads conversions.`);
  const secrets = googleSecrets(env, google);
  if (!secrets.ok) return notSent(secrets.reason);
  const { developer, clientId, clientSecret, refresh } = secrets.values;
  const tokenUrl = platformUrl(env, 'GOOGLE_OAUTH_TOKEN_URL');
  const apiUrl = platformUrl(env, 'GOOGLE_ADS_API_URL');
  if (!tokenUrl.ok) return notSent(tokenUrl.reason);
  if (!apiUrl.ok) return notSent(apiUrl.reason);
  const tokenAttempt = await post(
    tokenUrl.url,
    { 'content-type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: clientId ?? '',
      client_secret: clientSecret ?? '',
      refresh_token: refresh ?? '',
    }).toString(),
    timeoutMs,
    started,
  );
  const accessToken = tokenAttempt.httpStatus === 200 ? readAccessToken(tokenAttempt.responseBody) : undefined;
  // The token answer holds a secret: it is never logged.
  if (!accessToken)
    return {
      ...tokenAttempt,
      responseBody: null,
      error: `Google's OAuth token request failed (${tokenAttempt.httpStatus ?? tokenAttempt.error}).`,
    };
  const sent = await post(
    `${apiUrl.url}/customers/${payload.customerId}:uploadClickConversions`,
    {
      'content-type': 'application/json',
      authorization: `Bearer ${accessToken}`,
      'developer-token': developer ?? '',
      ...(google.loginCustomerId && { 'login-customer-id': google.loginCustomerId }),
    },
    JSON.stringify(payload.body),
    timeoutMs,
    started,
  );
  const partial = sent.httpStatus === 200 ? partialFailure(sent.responseBody) : undefined;
  return partial ? { ...sent, outcome: { kind: 'refused', reason: partial }, error: partial } : sent;
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  started: number,
): Promise<SentAttempt> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'user-agent': 'Formwell-Conversions/1' },
      body,
      redirect: 'manual',
      signal,
    });
    const text = (await response.text()).slice(0, RESPONSE_BODY_LOG_BYTES);
    return {
      outcome: { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after') },
      durationMs: Date.now() - started,
      httpStatus: response.status,
      error: null,
      responseBody: text,
    };
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      outcome: timedOut ? { kind: 'timeout' } : { kind: 'network-error' },
      durationMs: Date.now() - started,
      httpStatus: null,
      error: timedOut ? `no response within ${timeoutMs} ms` : `connection failed: ${String(error).slice(0, 120)}`,
      responseBody: null,
    };
  }
}

function readAccessToken(body: string | null): string | undefined {
  try {
    const token = (JSON.parse(body ?? '') as { access_token?: unknown }).access_token;
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Google reports a refused conversion inside a 200, as `partialFailureError`. */
function partialFailure(body: string | null): string | undefined {
  try {
    const error = (JSON.parse(body ?? '') as { partialFailureError?: { message?: unknown } }).partialFailureError;
    if (!error) return undefined;
    return `Google Ads refused the conversion: ${typeof error.message === 'string' ? error.message.slice(0, 200) : 'no reason given'}`;
  } catch {
    return undefined;
  }
}
