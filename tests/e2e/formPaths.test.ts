import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('paths under /f/ on the built site', () => {
  it.each(['/f/nope/', '/f/nope/submit', '/f/nope/resume?t=x', '/f/nope/thanks/', '/f/nope/outcome/any/'])(
    'answers the 404 page for an unknown form at %s, for GET and POST',
    async (path) => {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          redirect: 'manual',
          ...(method === 'POST' && {
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
            body: 'name=x',
          }),
        });
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(await response.text()).toContain('Page not found');
      }
    },
  );

  it('never answers 5xx to broken percent-encoding or overlong segments under any page', async () => {
    const bad = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', 'a'.repeat(8000)];
    const failures: string[] = [];
    for (const path of ['/f/{}/', '/f/quote/{}', '/f/{}/submit', '/admin/{}', '/{}', '/f/quote/outcome/{}/']) {
      for (const value of bad) {
        for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
          const url = `${baseUrl}${path.replace('{}', value)}`;
          const response = await fetch(url, { method, redirect: 'manual', headers: { origin: baseUrl } });
          await response.arrayBuffer();
          if (response.status >= 500) failures.push(`${method} ${url.slice(0, 90)} → ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('never lets a shared cache keep a page that sets a visitor’s cookie', async () => {
    const first = await fetch(`${baseUrl}/f/contact/?utm_source=cache-test`);
    expect(first.headers.get('set-cookie')).toMatch(/^fw_touch=/);
    expect(first.headers.get('cache-control')).toMatch(/private/);
    const again = await fetch(`${baseUrl}/f/contact/`, {
      headers: { cookie: first.headers.get('set-cookie')?.split(';')[0] ?? '' },
    });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(again.headers.get('cache-control') ?? '').not.toMatch(/private/);
  });
});
