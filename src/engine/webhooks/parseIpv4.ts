export type ParsedIpv4 = { ok: true; address: number } | { ok: false };

// Strict dotted decimal only: this reads hostnames the URL parser has already normalised
// (it turns 0x7f000001, 127.1 and 0177.0.0.1 into 127.0.0.1) and IPv4 tails inside IPv6 text.
const DOTTED = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** Reads `a.b.c.d` as an unsigned 32-bit number. */
export function parseIpv4(text: string): ParsedIpv4 {
  const match = DOTTED.exec(text);
  if (!match) return { ok: false };
  let address = 0;
  for (const part of match.slice(1)) {
    const octet = Number(part);
    if (octet > 255) return { ok: false };
    address = address * 256 + octet;
  }
  return { ok: true, address };
}
