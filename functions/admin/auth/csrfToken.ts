import { tokenMac } from '../../lib/signedToken';
import type { AdminSession } from './session';

/**
 * The CSRF token of a session: derived from its id, so it needs no storage, and useless in
 * another session. Every change must carry it (a form field or the `x-csrf-token` header).
 */
export function csrfToken(secret: string, session: AdminSession): Promise<string> {
  return tokenMac(secret, 'csrf', session.id);
}
