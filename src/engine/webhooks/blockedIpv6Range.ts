import type { BlockedRange } from './blockedIpv4Range';
import type { Ipv6Groups } from './parseIpv6';

type Row = readonly [base: Ipv6Groups, prefix: number, cidr: string, label: string];

const EMBEDS_IPV4 = 'which wraps an IPv4 address; use the IPv4 address or, better, a hostname';

// Most specific first: ::1 and :: also lie inside ::/96.
const ROWS: readonly Row[] = [
  [[0, 0, 0, 0, 0, 0, 0, 1], 128, '::1/128', 'loopback'],
  [[0, 0, 0, 0, 0, 0, 0, 0], 128, '::/128', 'unspecified (reaches the sending machine itself)'],
  [[0, 0, 0, 0, 0, 0xffff, 0, 0], 96, '::ffff:0:0/96', `IPv4-mapped, ${EMBEDS_IPV4}`],
  [[0, 0, 0, 0, 0xffff, 0, 0, 0], 96, '::ffff:0:0:0/96', `IPv4-translated, ${EMBEDS_IPV4}`],
  [[0, 0, 0, 0, 0, 0, 0, 0], 96, '::/96', `IPv4-compatible, ${EMBEDS_IPV4}`],
  [[0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96, '64:ff9b::/96', `NAT64, ${EMBEDS_IPV4}`],
  [[0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48, '64:ff9b:1::/48', `local NAT64, ${EMBEDS_IPV4}`],
  [[0x100, 0, 0, 0, 0, 0, 0, 0], 64, '100::/64', 'discard-only'],
  [[0x2001, 0, 0, 0, 0, 0, 0, 0], 32, '2001::/32', `Teredo tunnelling, ${EMBEDS_IPV4}`],
  [[0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, '2001:db8::/32', 'documentation'],
  [[0x2002, 0, 0, 0, 0, 0, 0, 0], 16, '2002::/16', `6to4, ${EMBEDS_IPV4}`],
  [[0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, 'fc00::/7', 'unique local (private network)'],
  [[0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, 'fe80::/10', 'link-local'],
  [[0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, 'fec0::/10', 'site-local (deprecated private network)'],
  [[0xff00, 0, 0, 0, 0, 0, 0, 0], 8, 'ff00::/8', 'multicast'],
];

function toBigInt(groups: Ipv6Groups): bigint {
  return groups.reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
}

const RANGES = ROWS.map(([base, prefix, cidr, label]) => ({
  shift: BigInt(128 - prefix),
  start: toBigInt(base),
  range: { cidr, label, loopback: cidr === '::1/128' },
}));

/** The blocked range holding an IPv6 address, or undefined when it is public. */
export function blockedIpv6Range(groups: Ipv6Groups): BlockedRange | undefined {
  const address = toBigInt(groups);
  return RANGES.find(({ shift, start }) => address >> shift === start >> shift)?.range;
}
