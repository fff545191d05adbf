import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { clearSessionCookie, revokeSession } from './sessions';

/**
 * Signing out (`POST /admin/logout` from the page, `POST /api/admin/logout`): the session ends on
 * the server at once, so a copy of its cookie opens nothing, and this browser forgets it.
 */
export const logoutAction = action<string, void>({
  parse: (rc) => (rc.admin ? { ok: true, input: rc.admin.session.id } : { ok: false, code: 'unauthorized' }),
  run: (id, rc) => revokeSession(rc.env.DB, id, rc.now),
  json: () => json({ signedOut: true }, { headers: { 'set-cookie': clearSessionCookie() } }),
  html: () => seeOther('/admin/login', { 'set-cookie': clearSessionCookie() }),
});
