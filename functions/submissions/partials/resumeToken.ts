import { openToken, signToken } from '../../lib/signedToken';

const purpose = (slug: string) => `resume:${slug}`;

/** The token of a resume link: the partial lead's id and expiry, signed for its form. */
export function signResumeToken(secret: string, slug: string, id: string, expiresAt: number): Promise<string> {
  return signToken(secret, purpose(slug), `${id}.${expiresAt}`);
}

/** The partial lead id a resume token names, or undefined if it was altered, made for another form, or expired. */
export async function readResumeToken(
  secret: string,
  slug: string,
  token: string,
  now: number,
): Promise<string | undefined> {
  if (!/^[0-9a-f-]{32,36}\.\d{13}\.[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const payload = await openToken(secret, purpose(slug), token);
  const [id, expiry] = payload?.split('.') ?? [];
  return id && Number(expiry) > now ? id : undefined;
}
