import { clientKey } from '../../http/clientKey';

/** The key a sign-in attempt is counted against: the client's address, an IPv6 client by its /64. */
export function loginClient(request: Request): string {
  const client = clientKey(request) ?? request.headers.get('x-real-ip') ?? 'unknown';
  return client.includes(':') ? `net:${client}` : `ip:${client}`;
}
