import { type BlockedRange, blockedIpv4Range } from './blockedIpv4Range';
import { blockedIpv6Range } from './blockedIpv6Range';
import { parseIpv4 } from './parseIpv4';
import { parseIpv6 } from './parseIpv6';

export type WebhookTarget = { ok: true; url: URL } | { ok: false; reason: string };

export type WebhookTargetOptions = {
  /** Local development only: lets deliveries reach 127.0.0.0/8, ::1 and `localhost` (nothing else private). */
  allowLoopback: boolean;
};

// Names reserved for machines on the local or a private network (RFC 6761, 6762, 8375; ICANN's .internal).
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa'];

const USE_PUBLIC =
  'Webhooks are sent only to public internet addresses: use the public https address of the receiving service.';

/**
 * Guards against server-side request forgery: checked when an endpoint is configured and again
 * before every delivery. Works on the URL parser's normalised hostname, so numeric tricks such as
 * `http://2130706433/` or `http://0x7f.1/` are judged as the 127.0.0.1 they will connect to.
 * Hostnames are not resolved here: a public name whose DNS points at a private address passes.
 */
export function checkWebhookTarget(url: string, { allowLoopback }: WebhookTargetOptions): WebhookTarget {
  if (!URL.canParse(url)) {
    return fail(
      'The webhook address is not a valid URL. Enter a full address such as https://hooks.example.com/formwell.',
    );
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return fail(
      `Webhook addresses must start with https:// (or http://), not ${parsed.protocol}//. Change the address.`,
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // The reason must not echo the URL: it holds a password.
    return fail(
      'The webhook address contains a user name or password, which would be stored and logged in plain text. Remove it; receivers authenticate deliveries by their webhook signature.',
    );
  }

  const host = parsed.hostname;
  const address = readAddress(host);
  if (address.isIp) {
    const range = address.blocked;
    if (!range || (range.loopback && allowLoopback)) return { ok: true, url: parsed };
    return fail(`The webhook address ${host} is in ${range.cidr}, ${range.label}. ${USE_PUBLIC}${loopbackHint(range)}`);
  }

  // Trailing dots name the same host ("localhost." is localhost); URL parsing already lower-cased it.
  const name = host.replace(/\.+$/, '');
  if (name === 'localhost' && allowLoopback) return { ok: true, url: parsed };
  const suffix = PRIVATE_SUFFIXES.find((reserved) => name === reserved || name.endsWith(`.${reserved}`));
  if (suffix) {
    return fail(
      `The webhook host ${host} ends in ".${suffix}", a name that only exists on the local or a private network. ${USE_PUBLIC}${loopbackHint({ loopback: name === 'localhost' })}`,
    );
  }
  if (!name.includes('.')) {
    // A single label is completed by the resolver's search domains, which can lead inside a private network.
    return fail(`The webhook host ${host} has no domain. ${USE_PUBLIC}`);
  }
  return { ok: true, url: parsed };
}

type HostAddress = { isIp: true; blocked: BlockedRange | undefined } | { isIp: false };

function readAddress(host: string): HostAddress {
  if (host.startsWith('[') && host.endsWith(']')) {
    const ipv6 = parseIpv6(host.slice(1, -1));
    // The URL parser only produces bracketed hosts from valid IPv6, so this is a bug, not user input.
    if (!ipv6.ok) throw new Error(`The URL parser produced IPv6 host ${host}, which parseIpv6 cannot read.`);
    return { isIp: true, blocked: blockedIpv6Range(ipv6.groups) };
  }
  const ipv4 = parseIpv4(host);
  return ipv4.ok ? { isIp: true, blocked: blockedIpv4Range(ipv4.address) } : { isIp: false };
}

function loopbackHint({ loopback }: { loopback: boolean }): string {
  return loopback ? ' For local development, enable the allow-loopback setting.' : '';
}

function fail(reason: string): WebhookTarget {
  return { ok: false, reason };
}
