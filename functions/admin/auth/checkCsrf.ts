import { macMatches } from '../../lib/signedToken';
import type { AdminSession } from './session';

/** Whether `sent` is this session's CSRF token (csrfToken), compared in constant time. */
export async function checkCsrf(
  secret: string,
  session: AdminSession,
  sent: string | null | undefined,
): Promise<boolean> {
  return Boolean(sent) && macMatches(secret, 'csrf', session.id, sent ?? '');
}
