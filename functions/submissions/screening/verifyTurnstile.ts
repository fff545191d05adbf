import type { Turnstile } from '../../../src/engine/definition/intakeSchema';

export const TURNSTILE_VERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** How long the Worker waits for Turnstile before holding the submission for review. */
export const TURNSTILE_TIMEOUT_MS = 5_000;

export interface TurnstileCheck {
  token: string | undefined;
  /** The secret key, read from the Worker secret the definition names. */
  secret: string | undefined;
  /** The host the submission was posted to, accepted when the definition lists no hostnames. */
  host: string;
  action: string;
  remoteIp?: string | undefined;
  /** A UUID that lets a retried verification of the same token succeed again (Turnstile's idempotency_key). */
  idempotencyKey?: string | undefined;
  verifyUrl?: string | undefined;
}

export type TurnstileVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Verifies a Turnstile token server-side: success, and the hostname and action the token was
 * issued for. Fails closed: no token, no secret, a refusal, an unexpected answer or no answer at all
 * is `ok: false` with the reason, never a pass.
 */
export async function verifyTurnstile(config: Turnstile, check: TurnstileCheck): Promise<TurnstileVerdict> {
  if (!check.token) return { ok: false, reason: 'turnstile: no token (the widget did not run)' };
  if (!check.secret) return { ok: false, reason: `turnstile: the Worker secret ${config.secret} is not set` };
  const body = new URLSearchParams({ secret: check.secret, response: check.token });
  if (check.remoteIp) body.set('remoteip', check.remoteIp);
  if (check.idempotencyKey) body.set('idempotency_key', check.idempotencyKey);
  let outcome: { success?: unknown; hostname?: unknown; action?: unknown; 'error-codes'?: unknown };
  try {
    const response = await fetch(check.verifyUrl ?? TURNSTILE_VERIFY_URL, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(TURNSTILE_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, reason: `turnstile: siteverify answered HTTP ${response.status}` };
    outcome = await response.json();
  } catch (error) {
    return {
      ok: false,
      reason: `turnstile: siteverify unreachable (${error instanceof Error ? error.name : 'error'})`,
    };
  }
  if (outcome?.success !== true) {
    const codes = Array.isArray(outcome?.['error-codes']) ? outcome['error-codes'].join(', ') : 'no error codes';
    return { ok: false, reason: `turnstile: token refused (${codes})` };
  }
  const hostnames = config.hostnames ?? [check.host];
  if (typeof outcome.hostname !== 'string' || !hostnames.includes(outcome.hostname)) {
    return { ok: false, reason: `turnstile: token issued for hostname ${String(outcome.hostname)}` };
  }
  if (outcome.action !== check.action) {
    return { ok: false, reason: `turnstile: token issued for action ${String(outcome.action)}` };
  }
  return { ok: true };
}
