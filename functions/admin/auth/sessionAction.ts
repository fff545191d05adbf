import { action } from '../../http/action';
import { json } from '../../http/json';
import type { AdminContext } from '../../http/requestContext';

/** `GET /api/admin/session`: the signed-in owner's CSRF token and when the session ends. */
export const sessionAction = action<AdminContext, AdminContext>({
  parse: (rc) => (rc.admin ? { ok: true, input: rc.admin } : { ok: false, code: 'unauthorized' }),
  run: async (admin) => admin,
  json: (admin) => json({ csrfToken: admin.csrfToken, expiresAt: new Date(admin.session.expiresAt).toISOString() }),
});
