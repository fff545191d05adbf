import { timingSafeEqual } from '../lib/timingSafeEqual';

/**
 * Whether `header` (X-Hub-Signature-256: "sha256=<hex>") is the HMAC-SHA256 of the exact body bytes
 * under the Meta app's secret, as Meta signs every webhook. Compared in constant time.
 */
export async function metaSignatureValid(
  appSecret: string,
  body: Uint8Array<ArrayBuffer>,
  header: string,
): Promise<boolean> {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(appSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, body));
  const given = Uint8Array.from(match[1].toLowerCase().match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  return timingSafeEqual(expected, given);
}
