import { parseIpv6 } from '../../src/engine/webhooks/parseIpv6';

// Who a request comes from, as Cloudflare saw it.

/**
 * The visitor's IP address as Cloudflare saw it, or undefined. Cloudflare sets CF-Connecting-IP on
 * every request from the internet (replacing any the client sent); only requests made inside the
 * runtime, as in the Worker tests, lack it.
 */
export function clientAddress(request: Request): string | undefined {
  const address = request.headers.get('cf-connecting-ip')?.trim();
  return address ? address : undefined;
}

/**
 * Who a request comes from, for rate limits: the IPv4 address Cloudflare saw, or an IPv6 client's
 * /64 (a household or phone holds a whole /64, so single IPv6 addresses would give 2^64 tries).
 * Undefined for a request made inside the runtime (as the Worker tests make them), which has none.
 */
export function clientKey(request: Request): string | undefined {
  const address = clientAddress(request);
  if (!address) return undefined;
  const v6 = address.includes(':') ? parseIpv6(address) : undefined;
  if (!v6?.ok) return address;
  return `${v6.groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The visitor's country as Cloudflare sees it, or `undefined` (unknown, Tor "T1" or "XX"). */
export function visitorCountry(request: Request): string | undefined {
  const fromCf = (request as { cf?: { country?: unknown } }).cf?.country;
  const country = typeof fromCf === 'string' ? fromCf : request.headers.get('cf-ipcountry');
  return country && /^[A-Z]{2}$/.test(country) && country !== 'XX' && country !== 'T1' ? country : undefined;
}
