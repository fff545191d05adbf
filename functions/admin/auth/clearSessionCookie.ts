import { SESSION_COOKIE } from './session';

/** The Set-Cookie header that signs the owner out in this browser. */
export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}
