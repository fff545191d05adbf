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
