import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { RawInput } from '../../../src/engine/validation/types';

/** How long a visitor may pause between two steps of a form without JavaScript. */
export const STEP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

interface Payload {
  form: string;
  version: string;
  issuedAt: number;
  answers: RawInput;
}

/** Seals the answers of earlier steps so the next post can carry them without being trusted unsigned. */
export async function signStepToken(
  secret: string,
  form: FormDefinition,
  answers: RawInput,
  now: number,
): Promise<string> {
  const payload: Payload = { form: form.slug, version: form.version, issuedAt: now, answers };
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
  return `${body}.${toBase64Url(await hmac(secret, body))}`;
}

/** The answers sealed in a token, or `undefined` if it was altered, expired or made for another form version. */
export async function readStepToken(
  secret: string,
  form: FormDefinition,
  token: string,
  now: number,
): Promise<RawInput | undefined> {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return undefined;
  const expected = fromBase64Url(signature);
  if (!expected) return undefined;
  const key = await importKey(secret);
  const valid = await crypto.subtle.verify('HMAC', key, expected, new TextEncoder().encode(body));
  if (!valid) return undefined;
  const bytes = fromBase64Url(body);
  if (!bytes) return undefined;
  let payload: Payload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Payload;
  } catch {
    // Signed by us but not ours to read (a format from another release): start the form again.
    return undefined;
  }
  if (!payload || typeof payload !== 'object' || typeof payload.answers !== 'object' || !payload.answers)
    return undefined;
  const fresh = now - payload.issuedAt >= 0 && now - payload.issuedAt <= STEP_TOKEN_TTL_MS;
  return payload.form === form.slug && payload.version === form.version && fresh ? payload.answers : undefined;
}

async function importKey(secret: string): Promise<CryptoKey> {
  const raw = new TextEncoder().encode(secret);
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

async function hmac(secret: string, body: string): Promise<Uint8Array> {
  const key = await importKey(secret);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
