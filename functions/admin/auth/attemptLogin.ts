import { countLoginAttempt, forgetLoginAttempt } from './loginThrottle';
import { type AdminSession, issueSession, type SessionEnv } from './sessions';
import { verifyPassword } from './verifyPassword';

export type LoginOutcome =
  | { ok: true; session: AdminSession; cookie: string }
  | { ok: false; reason: 'wrong_password' }
  | { ok: false; reason: 'locked'; retryAfter: number }
  /** ADMIN_PASSWORD_HASH or ADMIN_SESSION_SECRET is missing or malformed. */
  | { ok: false; reason: 'not_configured' };

/**
 * The owner's sign-in: the attempt is counted first (per client and for everyone), refused while
 * either count is over its limit, and only then is the password checked. A right password opens a
 * new session and clears the client's count.
 */
export async function attemptLogin(
  env: SessionEnv,
  client: string,
  password: string,
  now: number,
): Promise<LoginOutcome> {
  if (!env.ADMIN_PASSWORD_HASH || !env.ADMIN_SESSION_SECRET) return { ok: false, reason: 'not_configured' };
  const retryAfter = await countLoginAttempt(env.DB, client, now);
  if (retryAfter > 0) return { ok: false, reason: 'locked', retryAfter };
  const check = await verifyPassword(password, env.ADMIN_PASSWORD_HASH);
  if (!check.ok && check.reason === 'bad_hash') {
    console.error('ADMIN_PASSWORD_HASH is not a pbkdf2-sha256 hash of at most 100000 iterations');
    return { ok: false, reason: 'not_configured' };
  }
  if (!check.ok) return { ok: false, reason: 'wrong_password' };
  await forgetLoginAttempt(env.DB, client);
  return { ok: true, ...(await issueSession(env, now)) };
}
