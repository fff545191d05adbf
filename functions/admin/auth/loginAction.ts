import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { isSameOrigin } from '../../http/isSameOrigin';
import { json } from '../../http/json';
import { readJsonObject } from '../../http/readJsonObject';
import { renderView } from '../../http/renderView';
import { attemptLogin, type LoginOutcome } from './attemptLogin';
import { csrfToken } from './csrf';
import { loginClient } from './loginThrottle';
import { safeAdminPath } from './safeAdminPath';
import { readSession } from './sessions';

type Input = { kind: 'show'; next: string } | { kind: 'try'; next: string; password: string };
type Output =
  | { kind: 'form'; next: string }
  | { kind: 'signed-in'; next: string }
  | { kind: 'tried'; next: string; outcome: LoginOutcome };

/**
 * The owner's one way in: the sign-in page (`GET`/`POST /admin/login`, a form that works without
 * JavaScript) and the JSON API (`POST /api/admin/login {"password"}`) run the same attempt, counted
 * and throttled before the password is checked. `next` is only ever a path inside the admin.
 */
export const loginAction = action<Input, Output>({
  async parse(rc) {
    const next = safeAdminPath(rc.url.searchParams.get('next'));
    if (rc.request.method === 'GET') return { ok: true, input: { kind: 'show', next } };
    if (!isSameOrigin(rc.request)) return { ok: false, code: 'forbidden_origin' };
    let password: unknown;
    if (rc.format === 'json') {
      if (rc.request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
        return { ok: false, code: 'json_required' };
      }
      password = (await readJsonObject(rc.request))?.password;
    } else {
      password = (await rc.request.formData().catch(() => undefined))?.get('password');
    }
    if (typeof password !== 'string') {
      return { ok: false, code: 'invalid_request', fields: { password: 'Send the password as a string.' } };
    }
    return { ok: true, input: { kind: 'try', next, password } };
  },

  async run(input, rc) {
    if (input.kind === 'show') {
      const signedIn = await readSession(rc.request, rc.env, rc.now.getTime());
      return signedIn ? { kind: 'signed-in', next: input.next } : { kind: 'form', next: input.next };
    }
    const outcome = await attemptLogin(rc.env, loginClient(rc.request), input.password, rc.now.getTime());
    return { kind: 'tried', next: input.next, outcome };
  },

  async json(output, rc) {
    if (output.kind !== 'tried') return errorResponse('method_not_allowed', { headers: { allow: 'POST' } });
    const { outcome } = output;
    if (outcome.ok) {
      const token = await csrfToken(rc.env.ADMIN_SESSION_SECRET, outcome.session);
      return json(
        { csrfToken: token, expiresAt: new Date(outcome.session.expiresAt).toISOString() },
        { headers: { 'set-cookie': outcome.cookie } },
      );
    }
    if (outcome.reason === 'locked') {
      return errorResponse('too_many_attempts', { headers: { 'retry-after': String(outcome.retryAfter) } });
    }
    return errorResponse(outcome.reason === 'not_configured' ? 'admin_not_configured' : 'wrong_password');
  },

  html(output, rc) {
    if (output.kind === 'signed-in') return seeOther(output.next);
    if (output.kind === 'form') return renderView(rc, 'admin/login', { next: output.next });
    const { outcome, next } = output;
    if (outcome.ok) return seeOther(next, { 'set-cookie': outcome.cookie });
    if (outcome.reason === 'locked') {
      return renderView(
        rc,
        'admin/login',
        { next, problem: `Too many sign-in attempts. Try again in ${Math.ceil(outcome.retryAfter / 60)} minutes.` },
        { status: 429, headers: { 'retry-after': String(outcome.retryAfter) } },
      );
    }
    if (outcome.reason === 'not_configured') {
      return renderView(
        rc,
        'admin/login',
        {
          next,
          problem:
            'The admin is not set up yet: set the ADMIN_PASSWORD_HASH and ADMIN_SESSION_SECRET secrets (see README).',
        },
        { status: 503 },
      );
    }
    return renderView(
      rc,
      'admin/login',
      { next, problem: 'That password is not right. Check it and try again.' },
      { status: 401 },
    );
  },
});
