import { parseIpv6 } from '../../src/engine/webhooks/parseIpv6';

/**
 * Who a request comes from, for rate limits: the IPv4 address Cloudflare saw, or an IPv6 client's
 * /64 (a household or phone holds a whole /64, so single IPv6 addresses would give 2^64 tries).
 * Undefined for a request made inside the runtime (as the Worker tests make them), which has none.
 */
export function clientKey(request: Request): string | undefined {
  const address = request.headers.get('cf-connecting-ip')?.trim();
  if (!address) return undefined;
  const v6 = address.includes(':') ? parseIpv6(address) : undefined;
  if (!v6?.ok) return address;
  return `${v6.groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
