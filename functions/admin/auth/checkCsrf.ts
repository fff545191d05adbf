import { timingSafeEqual } from '../../lib/timingSafeEqual';
import { csrfToken } from './csrfToken';
import type { AdminSession } from './session';

/** Whether `sent` is this session's CSRF token (constant-time). */
export async function checkCsrf(
  secret: string,
  session: AdminSession,
  sent: string | null | undefined,
): Promise<boolean> {
  if (!sent) return false;
  const encode = (text: string) => new TextEncoder().encode(text);
  return timingSafeEqual(encode(sent), encode(await csrfToken(secret, session)));
}
