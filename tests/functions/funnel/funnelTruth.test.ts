import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminFetch, signIn } from '../admin/adminSession';
import { ORIGIN, quoteAnswers } from '../helpers';

/** How a visitor first arrives: a campaign link, a campaign page embedding the form, or nothing. */
const ARRIVALS = {
  newsletter: '/f/quote/?utm_source=newsletter&utm_campaign=spring',
  meta: `/f/quote/?fw_landing=${encodeURIComponent('https://shop.example/offer?utm_source=meta')}`,
  '(direct)': '/f/quote/',
} as const;
type Source = keyof typeof ARRIVALS;

interface Visitor {
  source: Source;
  /** Comes back later straight to the form, without the campaign in the address. */
  returns: boolean;
  starts: boolean;
  completes: boolean;
}

/** 36 visitors over the three arrivals; every third returns, some start, fewer finish. Deterministic. */
const VISITORS: Visitor[] = Array.from({ length: 36 }, (_, i) => {
  const source = (['newsletter', 'meta', '(direct)'] as const)[i % 3] ?? '(direct)';
  const starts = i % 4 !== 3;
  return { source, returns: i % 3 === 1 || i % 5 === 0, starts, completes: starts && i % 2 === 0 };
});

function visit(path: string, client: string, cookie = ''): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, { headers: { 'cf-connecting-ip': client, ...(cookie && { cookie }) } }),
  );
}

/** What the island sends from a page at `page`: the render token, then the start beacon with a wrong `u`. */
async function start(page: string, client: string, cookie: string): Promise<void> {
  const headers = { 'cf-connecting-ip': client, referer: `${ORIGIN}${page}`, ...(cookie && { cookie }) };
  const token = await exports.default.fetch(new Request(`${ORIGIN}/api/forms/quote/render-token`, { headers }));
  const { token: t } = await token.json<{ token: string }>();
  const beacon = await exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/quote/events`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      // A return visit's address has no utm_source: the page's own word must not decide.
      body: JSON.stringify({ e: 'start', u: '', t }),
    }),
  );
  expect(beacon.status).toBe(204);
}

async function complete(page: string, client: string, cookie: string, email: string): Promise<void> {
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/quote/submissions`, {
      method: 'POST',
      body: JSON.stringify(quoteAnswers(email)),
      headers: {
        'content-type': 'application/json',
        'cf-connecting-ip': client,
        referer: `${ORIGIN}${page}`,
        ...(cookie && { cookie }),
      },
    }),
  );
  expect(response.status).toBe(201);
}

interface FunnelBody {
  bySource: { key: string; views: number; starts: number; completions: number }[];
  byDay: { key: string; views: number; starts: number; completions: number }[];
}

// Its own file: its D1 starts empty, so the quote form's counters are this test's alone.
describe('the funnel counts every stage under the visit’s first touch', () => {
  it('adds up per source: the views, starts and completions generated, starts ≤ views, completions ≤ starts', {
    timeout: 60_000,
  }, async () => {
    const expected: Record<string, { views: number; starts: number; completions: number }> = {};
    for (const [i, visitor] of VISITORS.entries()) {
      const client = `198.51.100.${i + 10}`;
      const line = expected[visitor.source] ?? { views: 0, starts: 0, completions: 0 };
      expected[visitor.source] = line;
      const first = await visit(ARRIVALS[visitor.source], client);
      expect(first.status).toBe(200);
      await first.arrayBuffer();
      const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(cookie).toMatch(/^fw_touch=/);
      line.views++;
      let page: string = ARRIVALS[visitor.source];
      if (visitor.returns) {
        await (await visit('/f/quote/', client, cookie)).arrayBuffer();
        line.views++;
        page = '/f/quote/';
      }
      if (visitor.starts) {
        await start(page, client, cookie);
        line.starts++;
      }
      if (visitor.completes) {
        await complete(page, client, cookie, `truth.${i}@example.com`);
        line.completions++;
      }
    }

    const session = await signIn();
    const read = async () => {
      const response = await adminFetch('/api/admin/funnel/quote', session);
      const body = await response.json<FunnelBody>();
      return Object.fromEntries(
        body.bySource.map((line) => [
          line.key,
          { views: line.views, starts: line.starts, completions: line.completions },
        ]),
      );
    };
    // Views are counted after the page is answered (waitUntil): wait for the last of them.
    await expect.poll(read, { timeout: 5_000 }).toEqual(expected);
    const body = await (await adminFetch('/api/admin/funnel/quote', session)).json<FunnelBody>();
    for (const line of [...body.bySource, ...body.byDay]) {
      expect(line.starts).toBeLessThanOrEqual(line.views);
      expect(line.completions).toBeLessThanOrEqual(line.starts);
    }
  });
});
