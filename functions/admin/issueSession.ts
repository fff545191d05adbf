import { type AdminSession, SESSION_COOKIE, SESSION_TTL_MS } from './session';
import { signText } from './signText';

/** A new session and the Set-Cookie header that carries it: signed, HttpOnly, Secure, SameSite=Strict, expiring. */
export async function issueSession(secret: string, now: number): Promise<{ session: AdminSession; cookie: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const id = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
  const session = { id, expiresAt: now + SESSION_TTL_MS };
  const value = `${id}.${session.expiresAt}`;
  const signed = `${value}.${await signText(secret, `session.${value}`)}`;
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  return {
    session,
    cookie: `${SESSION_COOKIE}=${signed}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`,
  };
}
