import { drizzle } from 'drizzle-orm/d1';
import { adminSessions } from '../../db/tables/adminTables';
import { toBase64Url } from '../../lib/base64';
import { signToken } from '../../lib/signedToken';
import { type AdminSession, passwordTag, SESSION_COOKIE, SESSION_TTL_MS, type SessionEnv } from './session';

/**
 * A new session, recorded in D1, and the Set-Cookie header that carries it: signed, HttpOnly,
 * Secure, SameSite=Strict, expiring.
 */
export async function issueSession(env: SessionEnv, now: number): Promise<{ session: AdminSession; cookie: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const id = toBase64Url(bytes);
  const session = { id, expiresAt: now + SESSION_TTL_MS };
  await drizzle(env.DB)
    .insert(adminSessions)
    .values({
      id,
      passwordTag: await passwordTag(env.ADMIN_PASSWORD_HASH),
      createdAt: new Date(now),
      expiresAt: new Date(session.expiresAt),
    });
  const signed = await signToken(env.ADMIN_SESSION_SECRET, 'session', `${id}.${session.expiresAt}`);
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  return {
    session,
    cookie: `${SESSION_COOKIE}=${signed}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`,
  };
}
