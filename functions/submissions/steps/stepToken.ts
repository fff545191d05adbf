import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { RawInput } from '../../../src/engine/validation/types';
import { fromBase64Url, toBase64Url } from '../../lib/base64';
import { openToken, signToken } from '../../lib/signedToken';

/** How long a visitor may pause between two steps of a form without JavaScript. */
export const STEP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

interface Payload {
  form: string;
  version: string;
  issuedAt: number;
  answers: RawInput;
}

/** Seals the answers of earlier steps so the next post can carry them without being trusted unsigned. */
export function signStepToken(secret: string, form: FormDefinition, answers: RawInput, now: number): Promise<string> {
  const payload: Payload = { form: form.slug, version: form.version, issuedAt: now, answers };
  return signToken(secret, 'step', toBase64Url(new TextEncoder().encode(JSON.stringify(payload))));
}

/** The answers sealed in a token, or `undefined` if it was altered, expired or made for another form version. */
export async function readStepToken(
  secret: string,
  form: FormDefinition,
  token: string,
  now: number,
): Promise<RawInput | undefined> {
  const body = await openToken(secret, 'step', token);
  const bytes = body === undefined ? undefined : fromBase64Url(body);
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
