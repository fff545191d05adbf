import { signText } from '../../lib/signText';
import { timingSafeEqual } from '../../lib/timingSafeEqual';

/** A render token older than this no longer times anything (a tab left open overnight): the check is skipped. */
export const RENDER_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

// The same secret signs step tokens: the prefix keeps one kind of token from passing as the other.
const purpose = (slug: string, issuedAt: number) => `render:${slug}:${issuedAt}`;

/** A token saying "this form was first touched at `now`", for the island to send back with the answers. */
export async function signRenderToken(secret: string, slug: string, now: number): Promise<string> {
  return `${now}.${await signText(secret, purpose(slug, now))}`;
}

export type RenderTokenReading =
  | { kind: 'valid'; issuedAt: number }
  /** Too old to time anything, or issued in the future. */
  | { kind: 'stale' }
  /** Not made by this Worker for this form: altered, or made up. */
  | { kind: 'forged' };

/** Reads a render token sent back with a submission. */
export async function readRenderToken(
  secret: string,
  slug: string,
  token: string,
  now: number,
): Promise<RenderTokenReading> {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return { kind: 'forged' };
  const issuedAt = Number(match[1]);
  const expected = await signText(secret, purpose(slug, issuedAt));
  const encoder = new TextEncoder();
  if (!timingSafeEqual(encoder.encode(expected), encoder.encode(match[2]))) return { kind: 'forged' };
  const age = now - issuedAt;
  return age < -5_000 || age > RENDER_TOKEN_TTL_MS ? { kind: 'stale' } : { kind: 'valid', issuedAt };
}
