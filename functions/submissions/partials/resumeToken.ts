import { signText } from '../../lib/signText';
import { timingSafeEqual } from '../../lib/timingSafeEqual';

const purpose = (slug: string, id: string, expiresAt: number) => `resume:${slug}:${id}:${expiresAt}`;

/** The token of a resume link: the partial lead's id and expiry, signed for its form. */
export async function signResumeToken(secret: string, slug: string, id: string, expiresAt: number): Promise<string> {
  return `${id}.${expiresAt}.${await signText(secret, purpose(slug, id, expiresAt))}`;
}

/** The partial lead id a resume token names, or undefined if it was altered, made for another form, or expired. */
export async function readResumeToken(
  secret: string,
  slug: string,
  token: string,
  now: number,
): Promise<string | undefined> {
  const match = /^([0-9a-f-]{32,36})\.(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2] || !match[3] || !secret) return undefined;
  const [, id, expiry, signature] = match;
  const expected = await signText(secret, purpose(slug, id, Number(expiry)));
  const encoder = new TextEncoder();
  if (!timingSafeEqual(encoder.encode(expected), encoder.encode(signature))) return undefined;
  return Number(expiry) > now ? id : undefined;
}
