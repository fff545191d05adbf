/** A special-purpose address block that webhooks must not be sent to. */
export type BlockedRange = { cidr: string; label: string; loopback: boolean };

type Row = readonly [base: string, prefix: number, label: string];

// Special-purpose blocks (IANA registry) that do not lead to someone's public web server.
const ROWS: readonly Row[] = [
  ['0.0.0.0', 8, '"this network" (0.0.0.0 reaches the sending machine itself)'],
  ['10.0.0.0', 8, 'private network'],
  ['100.64.0.0', 10, 'carrier-grade NAT shared space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (includes the cloud metadata service 169.254.169.254)'],
  ['172.16.0.0', 12, 'private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.168.0.0', 16, 'private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

const RANGES = ROWS.map(([base, prefix, label]) => ({
  // Division instead of bit shifts: JavaScript shifts are signed 32-bit and ignore a shift of 32.
  size: 2 ** (32 - prefix),
  start: base.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0),
  range: { cidr: `${base}/${prefix}`, label, loopback: base === '127.0.0.0' },
}));

/** The blocked range holding an IPv4 address (as an unsigned 32-bit number), or undefined when it is public. */
export function blockedIpv4Range(address: number): BlockedRange | undefined {
  return RANGES.find(({ size, start }) => address >= start && address < start + size)?.range;
}
