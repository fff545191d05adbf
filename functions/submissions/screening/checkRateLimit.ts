import { clientKey } from '../../http/client';

/** The period of the SUBMISSION_LIMITER binding (wrangler.toml), sent as Retry-After when it trips. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export type RateVerdict = { ok: true } | { ok: false; retryAfter: number };

/**
 * Counts a submission against Cloudflare's rate limiting binding, per form and client (clientKey).
 * A request without a client address never reaches the Worker from the internet, so it is not counted.
 */
export async function checkRateLimit(env: Env, slug: string, request: Request): Promise<RateVerdict> {
  const client = clientKey(request);
  if (!client) return { ok: true };
  const { success } = await env.SUBMISSION_LIMITER.limit({ key: `${slug} ${client}` });
  return success ? { ok: true } : { ok: false, retryAfter: RATE_LIMIT_PERIOD_SECONDS };
}
