import { parseIpv6 } from '../webhooks/parseIpv6';
import { clientAddress } from './clientAddress';

/** The period of the SUBMISSION_LIMITER binding (wrangler.toml), sent as Retry-After when it trips. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

export type RateVerdict = { ok: true } | { ok: false; retryAfter: number };

/**
 * Counts a submission against Cloudflare's rate limiting binding, per form and client address
 * (an IPv6 client by its /64, which one household or phone usually holds whole). A request without
 * a client address never reaches the Worker from the internet, so it is not counted.
 */
export async function checkRateLimit(env: Env, slug: string, request: Request): Promise<RateVerdict> {
  const address = clientAddress(request);
  if (!address) return { ok: true };
  const v6 = address.includes(':') ? parseIpv6(address) : undefined;
  const client = v6?.ok
    ? `${v6.groups
        .slice(0, 4)
        .map((group) => group.toString(16))
        .join(':')}::/64`
    : address;
  const { success } = await env.SUBMISSION_LIMITER.limit({ key: `${slug} ${client}` });
  return success ? { ok: true } : { ok: false, retryAfter: RATE_LIMIT_PERIOD_SECONDS };
}
