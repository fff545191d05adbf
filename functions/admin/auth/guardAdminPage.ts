import { isSameOrigin } from '../../http/isSameOrigin';
import { checkCsrf } from './checkCsrf';
import { csrfToken } from './csrfToken';
import { readSession } from './readSession';
import type { AdminSession, SessionEnv } from './session';

/** The name of the hidden field that carries the CSRF token in admin page forms. */
export const CSRF_FIELD = '_csrf';

export type PageGate =
  | { kind: 'open'; admin?: { session: AdminSession; csrfToken: string } }
  | { kind: 'sign-in' }
  | { kind: 'refuse'; status: 401 | 403; reason: string };

/**
 * Decides an /admin page request: the login page is open to all; every other page needs a
 * session (a page view without one is sent to sign in, anything else refused), and every POST
 * needs the site's own Origin and, once signed in, the session's CSRF token in `_csrf`.
 */
export async function guardAdminPage(request: Request, env: SessionEnv, now: number): Promise<PageGate> {
  const secret = env.ADMIN_SESSION_SECRET;
  const path = new URL(request.url).pathname.replace(/\/$/, '');
  const session = secret ? await readSession(request, env, now) : undefined;
  const admin = session && { session, csrfToken: await csrfToken(secret, session) };
  const isLogin = path === '/admin/login';
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (!isSameOrigin(request))
      return { kind: 'refuse', status: 403, reason: 'This change did not come from a Formwell admin page.' };
    if (!isLogin) {
      if (!session) return { kind: 'refuse', status: 401, reason: 'Your session has ended. Sign in again.' };
      const form = await request
        .clone()
        .formData()
        .catch(() => undefined);
      const sent = form?.get(CSRF_FIELD);
      if (!(await checkCsrf(secret, session, typeof sent === 'string' ? sent : undefined))) {
        return { kind: 'refuse', status: 403, reason: 'This form is out of date. Reload the page and try again.' };
      }
    }
  } else if (!session && !isLogin) {
    return { kind: 'sign-in' };
  }
  return admin ? { kind: 'open', admin } : { kind: 'open' };
}
