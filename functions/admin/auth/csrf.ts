import { macMatches, tokenMac } from '../../lib/signedToken';
import type { AdminSession } from './sessions';

/**
 * The CSRF token of a session: derived from its id, so it needs no storage, and useless in
 * another session. Every change must carry it (a form field or the `x-csrf-token` header).
 */
export function csrfToken(secret: string, session: AdminSession): Promise<string> {
  return tokenMac(secret, 'csrf', session.id);
}

/** Whether `sent` is this session's CSRF token (csrfToken), compared in constant time. */
export async function checkCsrf(
  secret: string,
  session: AdminSession,
  sent: string | null | undefined,
): Promise<boolean> {
  return Boolean(sent) && macMatches(secret, 'csrf', session.id, sent ?? '');
}
