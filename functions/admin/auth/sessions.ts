import { and, eq, gt, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { adminSessions } from '../../db/tables/adminTables';
import { cookieValue } from '../../http/cookieValue';
import { toBase64Url } from '../../lib/base64';
import { openToken, signToken } from '../../lib/signedToken';

/** How long an owner stays signed in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** The cookie name; `__Host-` makes the browser insist on Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-fw_admin';

/** A signed-in owner: the session id (random, in the cookie) and when it stops being accepted. */
export interface AdminSession {
  id: string;
  expiresAt: number;
}

/** The secrets and database a session needs: the cookie is signed, and its row says whether it still holds. */
export type SessionEnv = Pick<Env, 'DB' | 'ADMIN_SESSION_SECRET' | 'ADMIN_PASSWORD_HASH'>;

/**
 * A short fingerprint of the stored password hash. Sessions remember it, so changing the password
 * (a new ADMIN_PASSWORD_HASH) ends every session at once.
 */
export async function passwordTag(passwordHash: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`session-password:${passwordHash.trim()}`),
  );
  return Array.from(new Uint8Array(digest).slice(0, 12), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

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

/**
 * The session in the request's cookie, if its signature holds and D1 still has it open: not signed
 * out, not expired, and issued under the current password. Otherwise `undefined`.
 */
export async function readSession(request: Request, env: SessionEnv, now: number): Promise<AdminSession | undefined> {
  const secret = env.ADMIN_SESSION_SECRET;
  const raw = cookieValue(request, SESSION_COOKIE);
  if (!raw || !secret || !env.ADMIN_PASSWORD_HASH) return undefined;
  const payload = await openToken(secret, 'session', raw);
  const [id, expires, ...rest] = payload?.split('.') ?? [];
  if (!id || !expires || rest.length > 0) return undefined;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return undefined;
  // The signature spares D1 a lookup for made-up cookies; the row decides whether a real one still holds.
  const [open] = await drizzle(env.DB)
    .select({ id: adminSessions.id })
    .from(adminSessions)
    .where(
      and(
        eq(adminSessions.id, id),
        isNull(adminSessions.revokedAt),
        gt(adminSessions.expiresAt, new Date(now)),
        eq(adminSessions.passwordTag, await passwordTag(env.ADMIN_PASSWORD_HASH)),
      ),
    )
    .limit(1);
  return open ? { id, expiresAt } : undefined;
}

/** Signs a session out on the server: its cookie is refused from now on, wherever it was copied to. */
export async function revokeSession(db: D1Database, id: string, now: Date): Promise<void> {
  await drizzle(db).update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.id, id));
}

/** The Set-Cookie header that signs the owner out in this browser. */
export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}
