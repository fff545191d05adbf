import type { ApiErrorCode } from '../../http/apiErrors';
import { isSameOrigin } from '../../http/isSameOrigin';
import { checkCsrf } from './checkCsrf';
import { readSession } from './readSession';
import type { AdminSession } from './session';

export type AdminAuthorization = { ok: true; session: AdminSession } | { ok: false; code: ApiErrorCode };

/**
 * The gate of every admin API route. Reads need a valid session. Changes also need the site's
 * own Origin, a JSON body (a cross-site form can only send form-encoded, multipart or text/plain
 * without a CORS preflight) and the session's CSRF token in `x-csrf-token`.
 */
export async function authorizeAdmin(request: Request, env: Env, now: number): Promise<AdminAuthorization> {
  if (!env.ADMIN_SESSION_SECRET) return { ok: false, code: 'admin_not_configured' };
  const session = await readSession(request, env, now);
  if (!session) return { ok: false, code: 'unauthorized' };
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true, session };
  if (!isSameOrigin(request)) return { ok: false, code: 'forbidden_origin' };
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, code: 'json_required' };
  const token = request.headers.get('x-csrf-token');
  if (!(await checkCsrf(env.ADMIN_SESSION_SECRET, session, token))) return { ok: false, code: 'csrf_failed' };
  return { ok: true, session };
}
