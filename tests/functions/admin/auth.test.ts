import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../functions/admin/auth/hashPassword';
import { MAX_LOGIN_FAILURES } from '../../../functions/admin/auth/loginThrottle';
import { verifyPassword } from '../../../functions/admin/auth/verifyPassword';
import { post, quoteAnswers } from '../helpers';
import { adminFetch, login, OWNER_PASSWORD, signIn } from './adminSession';

async function someLeadId(): Promise<string> {
  const response = await post(
    '/api/forms/quote/submissions',
    JSON.stringify(quoteAnswers('auth@example.com')),
    'application/json',
  );
  return (await response.json<{ id: string }>()).id;
}

describe('the owner password', () => {
  it('verifies against its PBKDF2 hash and refuses any other password', async () => {
    const stored = await hashPassword('a long owner password');
    expect(stored).toMatch(/^pbkdf2-sha256:100000:[\w+/=]+:[\w+/=]+$/);
    await expect(verifyPassword('a long owner password', stored)).resolves.toEqual({ ok: true });
    await expect(verifyPassword('a long owner passwore', stored)).resolves.toEqual({
      ok: false,
      reason: 'wrong_password',
    });
  });

  it('treats a hash with more iterations than Workers allow as misconfigured, not as a wrong password', async () => {
    const stored = await hashPassword('pw', new Uint8Array(16), 100_001);
    await expect(verifyPassword('pw', stored)).resolves.toEqual({ ok: false, reason: 'bad_hash' });
    await expect(verifyPassword('pw', 'plain-text')).resolves.toEqual({ ok: false, reason: 'bad_hash' });
  });
});

describe('signing in', () => {
  it('sets a signed HttpOnly, Secure, SameSite=Strict session cookie with an expiry', async () => {
    const response = await login(OWNER_PASSWORD, '10.1.0.1');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-fw_admin=[\w-]+\.\d+\.[\w-]+; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toMatch(/Max-Age=43200/);
  });

  it('answers 401 to a wrong password', async () => {
    const response = await login('guess', '10.1.0.2');
    expect(response.status).toBe(401);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('wrong_password');
  });

  it(`locks an address out after ${MAX_LOGIN_FAILURES} failures, even for the right password, with Retry-After`, async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) expect((await login(`guess-${i}`, '10.1.0.3')).status).toBe(401);
    const locked = await login(OWNER_PASSWORD, '10.1.0.3');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await login(OWNER_PASSWORD, '10.1.0.4')).status).toBe(200);
  });

  it('refuses a sign-in posted from another site (403)', async () => {
    expect((await login(OWNER_PASSWORD, '10.1.0.5', 'https://evil.example')).status).toBe(403);
  });
});

describe('admin API gate', () => {
  it.each([
    ['GET', '/api/admin/leads'],
    ['GET', '/api/admin/leads/export.csv'],
    ['GET', '/api/admin/people?email=ada@example.com'],
    ['POST', '/api/admin/people/erase'],
    ['POST', '/api/admin/leads/x/status'],
  ])('answers 401 to %s %s without a session', async (method, path) => {
    const response = await adminFetch(path, undefined, { method, ...(method === 'POST' && { body: {} }) });
    expect(response.status).toBe(401);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unauthorized');
  });

  it('answers 401 to a forged or expired session cookie', async () => {
    const session = await signIn();
    const [id, , signature] = session.cookie.split('=')[1]?.split('.') ?? [];
    for (const cookie of [`__Host-fw_admin=${id}.9999999999999.${signature}`, `__Host-fw_admin=${id}.1.${signature}`]) {
      const response = await adminFetch('/api/admin/leads', { ...session, cookie });
      expect(response.status).toBe(401);
    }
  });

  it('answers 403 to a change from a foreign Origin, and changes nothing', async () => {
    const session = await signIn();
    const id = await someLeadId();
    const response = await adminFetch(`/api/admin/leads/${id}/status`, session, {
      method: 'POST',
      body: { status: 'won' },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('forbidden_origin');
    expect(await statusOf(id)).toBe('new');
  });

  it("answers 403 to a change without the CSRF token, or with another session's token", async () => {
    const session = await signIn();
    const other = await signIn();
    const id = await someLeadId();
    for (const token of ['', other.csrfToken]) {
      const response = await adminFetch(`/api/admin/leads/${id}/status`, session, {
        method: 'POST',
        body: { status: 'won' },
        headers: { 'x-csrf-token': token },
      });
      expect(response.status).toBe(403);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe('csrf_failed');
    }
    expect(await statusOf(id)).toBe('new');
  });

  it.each([
    ['form-encoded', 'application/x-www-form-urlencoded', 'status=won'],
    ['text/plain', 'text/plain', '{"status":"won"}'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="status"\r\n\r\nwon\r\n--x--',
    ],
  ])('rejects a %s body on a JSON admin route with 415', async (_, type, body) => {
    const session = await signIn();
    const id = await someLeadId();
    const response = await adminFetch(`/api/admin/leads/${id}/status`, session, {
      method: 'POST',
      body,
      headers: { 'content-type': type },
    });
    expect(response.status).toBe(415);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('json_required');
    expect(await statusOf(id)).toBe('new');
  });

  it('gives the same CSRF token for the session it was issued with, and signs out', async () => {
    const session = await signIn();
    const current = await adminFetch('/api/admin/session', session);
    expect((await current.json<{ csrfToken: string }>()).csrfToken).toBe(session.csrfToken);
    const out = await adminFetch('/api/admin/logout', session, { method: 'POST', body: {} });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-fw_admin=; .*Max-Age=0/);
  });
});

async function statusOf(id: string): Promise<string | undefined> {
  const row = await env.DB.prepare('select status from leads where id = ?').bind(id).first<{ status: string }>();
  return row?.status;
}
