import { parseIpv4 } from './parseIpv4';

/** The eight 16-bit groups of an IPv6 address, most significant first. */
export type Ipv6Groups = readonly [number, number, number, number, number, number, number, number];

export type ParsedIpv6 = { ok: true; groups: Ipv6Groups } | { ok: false };

const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Reads IPv6 text (no brackets, no zone): `::` compression and a dotted IPv4 tail are allowed. */
export function parseIpv6(text: string): ParsedIpv6 {
  const halves = text.split('::');
  if (halves.length > 2) return { ok: false };
  const [head = '', tail = ''] = halves;
  const compressed = halves.length === 2;
  const headGroups = readGroups(head, !compressed);
  const tailGroups = compressed ? readGroups(tail, true) : [];
  if (!headGroups || !tailGroups) return { ok: false };

  const missing = 8 - headGroups.length - tailGroups.length;
  // `::` stands for at least one zero group; without it exactly eight groups are needed.
  if (compressed ? missing < 1 : missing !== 0) return { ok: false };
  const groups = [...headGroups, ...Array<number>(missing).fill(0), ...tailGroups];
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  return { ok: true, groups: [a, b, c, d, e, f, g, h] };
}

/** Colon-separated groups; only the last piece of the whole address may be a dotted IPv4 (two groups). */
function readGroups(text: string, endsAddress: boolean): number[] | undefined {
  if (text === '') return [];
  const pieces = text.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (GROUP.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
      continue;
    }
    const ipv4 = endsAddress && index === pieces.length - 1 ? parseIpv4(piece) : { ok: false as const };
    if (!ipv4.ok) return undefined;
    groups.push(Math.floor(ipv4.address / 0x10000), ipv4.address % 0x10000);
  }
  return groups;
}
