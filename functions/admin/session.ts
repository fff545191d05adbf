/** How long an owner stays signed in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** The cookie name; `__Host-` makes the browser insist on Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-fw_admin';

/** A signed-in owner: the session id (random, in the cookie) and when it stops being accepted. */
export interface AdminSession {
  id: string;
  expiresAt: number;
}
