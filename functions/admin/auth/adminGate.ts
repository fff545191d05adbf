import type { ApiErrorCode } from '../../http/apiErrors';
import { isSameOrigin } from '../../http/isSameOrigin';
import type { AdminContext, RequestContext } from '../../http/requestContext';
import { checkCsrf, csrfToken } from './csrf';
import { CSRF_FIELD } from './csrfField';
import { readSession } from './sessions';

export type GateVerdict = { ok: true; admin: AdminContext } | { ok: false; code: ApiErrorCode };

/**
 * The one gate of every admin route, pages and API alike. Reads need an open session. Changes
 * also need the site's own Origin and the session's CSRF token: from the `x-csrf-token` header with a
 * JSON body on the API (a cross-site form cannot send JSON without a preflight), from the `_csrf`
 * field of a page's form.
 */
export async function adminGate(rc: RequestContext): Promise<GateVerdict> {
  const { request, env } = rc;
  if (!env.ADMIN_SESSION_SECRET || !env.ADMIN_PASSWORD_HASH) return { ok: false, code: 'admin_not_configured' };
  const session = await readSession(request, env, rc.now.getTime());
  if (!session) return { ok: false, code: 'unauthorized' };
  const admin = { session, csrfToken: await csrfToken(env.ADMIN_SESSION_SECRET, session) };
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true, admin };
  if (!isSameOrigin(request)) return { ok: false, code: 'forbidden_origin' };
  let sent: unknown;
  if (rc.format === 'json') {
    const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return { ok: false, code: 'json_required' };
    sent = request.headers.get('x-csrf-token');
  } else {
    sent = rc.body?.[CSRF_FIELD];
  }
  if (!(await checkCsrf(env.ADMIN_SESSION_SECRET, session, typeof sent === 'string' ? sent : undefined))) {
    return { ok: false, code: 'csrf_failed' };
  }
  return { ok: true, admin };
}
