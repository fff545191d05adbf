import { errorResponse } from '../../http/errorResponse';
import { isSameOrigin } from '../../http/isSameOrigin';
import { json } from '../../http/json';
import { readJsonObject } from '../../http/readJsonObject';
import { attemptLogin } from './attemptLogin';
import { csrfToken } from './csrfToken';
import { loginClient } from './loginClient';

/** POST /api/admin/login `{ password }`: 200 `{ csrfToken, expiresAt }` with the session cookie. */
export async function handleAdminLogin(request: Request, env: Env): Promise<Response> {
  if (request.method !== 'POST') return errorResponse('method_not_allowed', { headers: { allow: 'POST' } });
  if (!isSameOrigin(request)) return errorResponse('forbidden_origin');
  if (request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    return errorResponse('json_required');
  }
  const body = await readJsonObject(request);
  if (typeof body?.password !== 'string')
    return errorResponse('invalid_request', { fields: { password: 'Send the password as a string.' } });
  const outcome = await attemptLogin(env, loginClient(request), body.password, Date.now());
  if (outcome.ok) {
    const token = await csrfToken(env.ADMIN_SESSION_SECRET, outcome.session);
    return json(
      { csrfToken: token, expiresAt: new Date(outcome.session.expiresAt).toISOString() },
      { headers: { 'set-cookie': outcome.cookie } },
    );
  }
  if (outcome.reason === 'locked')
    return errorResponse('too_many_attempts', { headers: { 'retry-after': String(outcome.retryAfter) } });
  return errorResponse(outcome.reason === 'not_configured' ? 'admin_not_configured' : 'wrong_password');
}
