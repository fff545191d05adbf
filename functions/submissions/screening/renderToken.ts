import { openToken, signToken } from '../../lib/signedToken';

/** A render token older than this no longer times anything (a tab left open overnight): the check is skipped. */
export const RENDER_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

const purpose = (slug: string) => `render:${slug}`;

/** A token saying "this form was first touched at `now`", for the island to send back with the answers. */
export function signRenderToken(secret: string, slug: string, now: number): Promise<string> {
  return signToken(secret, purpose(slug), String(now));
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
  if (!/^\d{13}\.[A-Za-z0-9_-]{43}$/.test(token)) return { kind: 'forged' };
  const payload = await openToken(secret, purpose(slug), token);
  if (payload === undefined) return { kind: 'forged' };
  const age = now - Number(payload);
  return age < -5_000 || age > RENDER_TOKEN_TTL_MS ? { kind: 'stale' } : { kind: 'valid', issuedAt: Number(payload) };
}
