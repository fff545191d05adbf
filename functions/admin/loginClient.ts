import { clientAddress } from '../submissions/clientAddress';
import { parseIpv6 } from '../webhooks/parseIpv6';

/**
 * The key a sign-in attempt is counted against: the client's IPv4 address, or its IPv6 /64 (a
 * household or phone holds a whole /64, so single IPv6 addresses would give an attacker 2^64 tries).
 */
export function loginClient(request: Request): string {
  const address = clientAddress(request) ?? request.headers.get('x-real-ip') ?? 'unknown';
  const v6 = address.includes(':') ? parseIpv6(address) : undefined;
  if (!v6?.ok) return `ip:${address}`;
  const network = v6.groups.slice(0, 4).map((group) => group.toString(16));
  return `net:${network.join(':')}::/64`;
}
