import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { loginAttempts } from '../db/adminTables';
import { issueSession } from './issueSession';
import { loginLockout } from './loginLockout';
import { recordLoginFailure } from './recordLoginFailure';
import type { AdminSession } from './session';
import { verifyPassword } from './verifyPassword';

export type LoginOutcome =
  | { ok: true; session: AdminSession; cookie: string }
  | { ok: false; reason: 'wrong_password' }
  | { ok: false; reason: 'locked'; retryAfter: number }
  /** ADMIN_PASSWORD_HASH or ADMIN_SESSION_SECRET is missing or malformed. */
  | { ok: false; reason: 'not_configured' };

/**
 * The owner's login: refused while the client is locked out, counted when the password is wrong,
 * and a fresh signed session when it is right (which also clears the client's failures).
 */
export async function attemptLogin(
  env: Pick<Env, 'DB' | 'ADMIN_PASSWORD_HASH' | 'ADMIN_SESSION_SECRET'>,
  client: string,
  password: string,
  now: number,
): Promise<LoginOutcome> {
  if (!env.ADMIN_PASSWORD_HASH || !env.ADMIN_SESSION_SECRET) return { ok: false, reason: 'not_configured' };
  const retryAfter = await loginLockout(env.DB, client, now);
  if (retryAfter > 0) return { ok: false, reason: 'locked', retryAfter };
  const check = await verifyPassword(password, env.ADMIN_PASSWORD_HASH);
  if (!check.ok && check.reason === 'bad_hash') {
    console.error('ADMIN_PASSWORD_HASH is not a pbkdf2-sha256 hash of at most 100000 iterations');
    return { ok: false, reason: 'not_configured' };
  }
  if (!check.ok) {
    await recordLoginFailure(env.DB, client, now);
    return { ok: false, reason: 'wrong_password' };
  }
  await drizzle(env.DB).delete(loginAttempts).where(eq(loginAttempts.client, client));
  return { ok: true, ...(await issueSession(env.ADMIN_SESSION_SECRET, now)) };
}
