import { type AdminSession, SESSION_COOKIE } from './session';
import { signText } from './signText';
import { timingSafeEqual } from './timingSafeEqual';

/** The session in the request's cookie, if its signature holds and it has not expired; otherwise `undefined`. */
export async function readSession(request: Request, secret: string, now: number): Promise<AdminSession | undefined> {
  const cookies = request.headers.get('cookie') ?? '';
  const raw = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const [id, expires, signature, ...rest] = raw?.split('.') ?? [];
  if (!id || !expires || !signature || rest.length > 0 || !secret) return undefined;
  const expected = await signText(secret, `session.${id}.${expires}`);
  const encode = (text: string) => new TextEncoder().encode(text);
  if (!timingSafeEqual(encode(signature), encode(expected))) return undefined;
  const expiresAt = Number(expires);
  return Number.isSafeInteger(expiresAt) && expiresAt > now ? { id, expiresAt } : undefined;
}
