import { toBase64Url } from './base64';
import { timingSafeEqual } from './timingSafeEqual';

/**
 * The one way Formwell signs what it hands out and takes back (step progress, render times, resume
 * links, admin sessions, CSRF): `${payload}.${mac}`, where mac is HMAC-SHA-256 of the purpose and the
 * payload, base64url. The purpose (e.g. "session", "render:quote") keeps a token made for one use or
 * form from passing for another, though one secret signs them all.
 */
export async function signToken(secret: string, purpose: string, payload: string): Promise<string> {
  return `${payload}.${await tokenMac(secret, purpose, payload)}`;
}

/** The payload of a token this secret signed for this purpose, or undefined for anything else. */
export async function openToken(secret: string, purpose: string, token: string): Promise<string | undefined> {
  const cut = token.lastIndexOf('.');
  if (cut < 0 || !secret) return undefined;
  const payload = token.slice(0, cut);
  return (await macMatches(secret, purpose, payload, token.slice(cut + 1))) ? payload : undefined;
}

/** The MAC alone, for a value that needs no payload of its own (a session's CSRF token). */
export async function tokenMac(secret: string, purpose: string, payload: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${purpose}\n${payload}`))));
}

/** Whether `mac` is this payload's MAC for the purpose, compared in constant time. */
export async function macMatches(secret: string, purpose: string, payload: string, mac: string): Promise<boolean> {
  const encoder = new TextEncoder();
  return timingSafeEqual(encoder.encode(mac), encoder.encode(await tokenMac(secret, purpose, payload)));
}
