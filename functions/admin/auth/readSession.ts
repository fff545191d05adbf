import { and, eq, gt, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { adminSessions } from '../../db/tables/adminTables';
import { openToken } from '../../lib/signedToken';
import { type AdminSession, passwordTag, SESSION_COOKIE, type SessionEnv } from './session';

/**
 * The session in the request's cookie, if its signature holds and D1 still has it open: not signed
 * out, not expired, and issued under the current password. Otherwise `undefined`.
 */
export async function readSession(request: Request, env: SessionEnv, now: number): Promise<AdminSession | undefined> {
  const secret = env.ADMIN_SESSION_SECRET;
  const cookies = request.headers.get('cookie') ?? '';
  const raw = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
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
