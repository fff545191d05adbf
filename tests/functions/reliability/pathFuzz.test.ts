import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../admin/adminSession';
import { ORIGIN } from '../helpers';

// Every route the Worker answers, written out here (not read from the router), with `{}` where a
// path parameter goes. Each is probed with every placeholder below, and the placeholders are also
// appended to the fixed paths, so every segment meets malformed input.
const ROUTES = [
  '/',
  '/api/health',
  '/api/forms/{}/submissions',
  '/api/forms/{}/events',
  '/api/forms/{}/render-token',
  '/api/forms/{}/partials',
  '/api/admin/login',
  '/api/admin/session',
  '/api/admin/logout',
  '/api/admin/leads',
  '/api/admin/leads/{}',
  '/api/admin/leads/{}/status',
  '/api/admin/leads/{}/notes',
  '/api/admin/leads/export.csv',
  '/api/admin/leads/export.json',
  '/api/admin/people',
  '/api/admin/people/erase',
  '/api/admin/webhooks',
  '/api/admin/webhooks/{}/{}',
  '/api/admin/webhooks/{}/{}/replay-failed',
  '/api/admin/webhooks/deliveries/{}/replay',
  '/api/admin/funnel/{}',
  '/f/{}/',
  '/f/{}/submit',
  '/f/{}/thanks/',
  '/f/{}/resume',
  '/f/{}/outcome/{}/',
  '/admin/',
  '/admin/leads/{}/',
  '/admin/leads/{}/status',
  '/admin/leads/{}/notes',
  '/admin/login',
  '/admin/logout',
  '/admin/funnel/',
  '/admin/privacy/',
  '/admin/privacy/erase',
  '/admin/webhooks/',
  '/admin/webhooks/{}/{}/',
  '/admin/webhooks/{}/{}/replay-failed',
  '/admin/deliveries/{}/replay',
  '/internal/{}',
  '/internal/admin/{}',
];
const PLACEHOLDERS = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '%0d%0aSet-Cookie:%20x=1',
  '%2e%2e%2f%2e%2e',
  'quote',
  `${'a'.repeat(8000)}`,
  `${'%41'.repeat(3000)}`,
  'ünïcödé',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'];

function paths(): string[] {
  const found = new Set<string>();
  for (const route of ROUTES) {
    for (const value of PLACEHOLDERS) {
      found.add(route.replaceAll('{}', value));
      if (!route.includes('{}')) found.add(`${route.replace(/\/$/, '')}/${value}`);
    }
  }
  return [...found];
}

async function probe(method: string, path: string, session?: SignedIn): Promise<number> {
  const headers = new Headers({ origin: ORIGIN, 'content-type': 'application/json', 'cf-connecting-ip': '10.9.9.9' });
  if (session) {
    headers.set('cookie', session.cookie);
    headers.set('x-csrf-token', session.csrfToken);
  }
  const body = method === 'GET' || method === 'OPTIONS' ? null : '{"status":"won","note":"x","email":"a@b.c"}';
  // A raw URL string: the Request constructor keeps a malformed escape as sent.
  const response = await exports.default.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }));
  await response.arrayBuffer();
  return response.status;
}

describe('a fuzz of every route, method and malformed path segment', () => {
  let session: SignedIn;
  beforeAll(async () => {
    session = await signIn();
  });

  it('never answers 5xx, signed out or signed in', async () => {
    const failures: string[] = [];
    for (const path of paths()) {
      for (const method of METHODS) {
        for (const who of [undefined, session]) {
          const status = await probe(method, path, who);
          if (status >= 500)
            failures.push(`${method} ${path.slice(0, 80)} (${who ? 'signed in' : 'signed out'}) → ${status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers a broken percent-encoding with the catalogued 400, as JSON on the API', async () => {
    for (const path of ['/api/forms/%/events', '/api/forms/%E0%A4%A/submissions', '/api/admin/funnel/%']) {
      const response = await exports.default.fetch(new Request(`${ORIGIN}${path}`, { method: 'POST' }));
      expect(response.status).toBe(400);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe('malformed_path');
    }
  });

  it('answers a broken page address with a 400 page in HTML', async () => {
    const response = await exports.default.fetch(new Request(`${ORIGIN}/f/%E0%A4%A/`));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('This address is broken');
  });

  it('never shows a view page asked for directly: /internal/ is 404, also to the owner', async () => {
    for (const path of ['/internal/form/', '/internal/result/', '/internal/admin/inbox/', '/internal/admin/lead/']) {
      for (const who of [undefined, session]) {
        const headers = new Headers(who ? { cookie: who.cookie } : {});
        const response = await exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers }));
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain('rendered by the Worker');
      }
    }
  });
});
