import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

/** Signs in through the admin's own HTML form (no JavaScript), as a browser posts it. */
async function signInPage(next: string) {
  return fetch(`${baseUrl}/admin/login?next=${next}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: baseUrl,
      'content-type': 'application/x-www-form-urlencoded',
      'cf-connecting-ip': `198.18.90.${Math.floor(Math.random() * 250) + 1}`,
    },
    body: new URLSearchParams({ password }),
  });
}

describe('admin sign-in and sign-out pages', () => {
  it('signs in and lands on /admin/ when `next` carries a line break, never a broken or injected header', async () => {
    const response = await signInPage('/admin/x%0d%0aSet-Cookie:%20pwn=1');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/');
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('pwn='))).toBe(false);
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('__Host-fw_admin='))).toBe(true);
  });

  it('returns to the page that sent the owner to sign in', async () => {
    const response = await signInPage(encodeURIComponent('/admin/funnel/?form=quote'));
    expect(response.headers.get('location')).toBe('/admin/funnel/?form=quote');
  });

  it('refuses the old cookie everywhere once the owner signs out on the page', async () => {
    const signedIn = await signInPage('/admin/');
    const cookie =
      signedIn.headers
        .getSetCookie()
        .find((c) => c.startsWith('__Host-fw_admin='))
        ?.split(';')[0] ?? '';
    const inbox = await fetch(`${baseUrl}/admin/`, { headers: { cookie }, redirect: 'manual' });
    expect(inbox.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await inbox.text())?.[1] ?? '';
    const out = await fetch(`${baseUrl}/admin/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(out.status).toBe(303);
    // A copy of the cookie kept from before signing out opens nothing.
    const again = await fetch(`${baseUrl}/admin/`, { headers: { cookie }, redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/^\/admin\/login/);
    expect((await fetch(`${baseUrl}/api/admin/leads/export.csv`, { headers: { cookie } })).status).toBe(401);
  });
});
