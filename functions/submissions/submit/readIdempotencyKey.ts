import { IDEMPOTENCY_HEADER } from '../../../src/engine/definition/intakeControls';

// Visible ASCII, as in the IETF Idempotency-Key draft's examples (UUIDs, random strings).
const KEY = /^[\x21-\x7e]{8,200}$/;

export type ClientKey = { ok: true; key: string | undefined } | { ok: false };

/** The request's `Idempotency-Key`, if it sent one; a malformed one is refused rather than ignored. */
export function readIdempotencyKey(request: Request): ClientKey {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return { ok: true, key: undefined };
  const key = raw.trim().replace(/^"(.*)"$/, '$1');
  return KEY.test(key) ? { ok: true, key } : { ok: false };
}
