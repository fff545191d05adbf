import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../functions/admin/auth/hashPassword';
import { readSession } from '../../../functions/admin/auth/sessions';
import { ORIGIN } from '../helpers';
import { adminFetch, signIn } from './adminSession';

describe('admin sessions end on the server', () => {
  it('refuses a replayed cookie and CSRF token after signing out: reads, exports and changes all get 401', async () => {
    const session = await signIn();
    expect((await adminFetch('/api/admin/leads', session)).status).toBe(200);
    const out = await adminFetch('/api/admin/logout', session, { method: 'POST', body: {} });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');

    // The attacker kept a copy of the cookie and token from before.
    expect((await adminFetch('/api/admin/leads', session)).status).toBe(401);
    expect((await adminFetch('/api/admin/leads/export.csv', session)).status).toBe(401);
    const change = await adminFetch('/api/admin/leads/any-lead/status', session, {
      method: 'POST',
      body: { status: 'won' },
    });
    expect(change.status).toBe(401);
  });

  it('keeps other sessions open when one signs out', async () => {
    const [phone, laptop] = [await signIn(), await signIn()];
    await adminFetch('/api/admin/logout', phone, { method: 'POST', body: {} });
    expect((await adminFetch('/api/admin/leads', laptop)).status).toBe(200);
  });

  it('ends every session when the password changes (a new ADMIN_PASSWORD_HASH)', async () => {
    const session = await signIn();
    const request = new Request(`${ORIGIN}/api/admin/leads`, { headers: { cookie: session.cookie } });
    await expect(readSession(request, env, Date.now())).resolves.toMatchObject({ id: expect.any(String) });
    const changed = { ...env, ADMIN_PASSWORD_HASH: await hashPassword('a brand new owner password') };
    await expect(readSession(request, changed, Date.now())).resolves.toBeUndefined();
  });

  it('refuses a validly signed cookie whose session D1 never issued', async () => {
    const session = await signIn();
    await env.DB.prepare('delete from admin_sessions').run();
    expect((await adminFetch('/api/admin/leads', session)).status).toBe(401);
  });
});
