import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { assignVariant } from '../../../functions/forms/variants/assignVariant';
import { readTestState } from '../../../functions/forms/variants/testState';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { adminFetch, signIn } from '../admin/adminSession';
import { ORIGIN } from '../helpers';

// The lead-magnet template tests its headline: "guide" (the form as written) against "promise".
const HEADLINES = {
  guide: 'The small-business guide to faster follow-up',
  promise: 'Answer every enquiry within the hour',
};
type VariantId = keyof typeof HEADLINES;

function visit(path: string, client: string, cookie = ''): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, { headers: { 'cf-connecting-ip': client, ...(cookie && { cookie }) } }),
  );
}

/** The variant a page is, read as a person would (its headline) and as a post would carry it (`_ab`). */
async function shown(response: Response): Promise<{ headline: VariantId | undefined; posted: string | undefined }> {
  const html = await response.text();
  const h1 = /<h1[^>]*>([^<]*)</.exec(html)?.[1];
  const headline = (Object.keys(HEADLINES) as VariantId[]).find((id) => HEADLINES[id] === h1);
  return { headline, posted: /name="_ab" value="([^"]*)"/.exec(html)?.[1] };
}

function answers(email: string): Record<string, string> {
  return { email, first_name: 'Maria', role: 'owner', consent: 'yes' };
}

interface VariantLine {
  id: string;
  views: number;
  starts: number;
  completions: number;
  qualified: number;
  won: number;
  verdict: unknown;
}

// Its own file: its D1 starts empty, so the lead-magnet's counters are this file's alone.
describe('an A/B test at the edge', () => {
  it('assigns 10,000 new visitors by the weights (within 4.5 standard deviations) and keeps each on theirs', () => {
    const form = defineForm({
      slug: 'ab-weights',
      title: 'Weights',
      fields: [{ kind: 'email', name: 'email', label: 'Email', required: true }],
      variants: [
        { id: 'a', label: 'A', weight: 50 },
        { id: 'b', label: 'B', weight: 30, title: 'B' },
        { id: 'c', label: 'C', weight: 20, title: 'C' },
      ],
      thankYou: { title: 'Thanks', body: '' },
    });
    const state = { testId: 'test-1' };
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    const n = 10_000;
    for (let i = 0; i < n; i++) {
      const first = assignVariant(new Request(`${ORIGIN}/f/ab-weights/`), form, state);
      if (!first?.cookie) throw new Error('a new visitor got no cookie');
      counts[first.id] = (counts[first.id] ?? 0) + 1;
      const again = assignVariant(
        new Request(`${ORIGIN}/f/ab-weights/`, { headers: { cookie: first.cookie.split(';')[0] ?? '' } }),
        form,
        state,
      );
      expect(again).toEqual({ id: first.id, inTest: true });
    }
    for (const [id, share] of [
      ['a', 0.5],
      ['b', 0.3],
      ['c', 0.2],
    ] as const) {
      const sd = Math.sqrt(n * share * (1 - share));
      expect(Math.abs((counts[id] ?? 0) - n * share)).toBeLessThan(4.5 * sd);
    }
    // A cookie from another test (the variants changed) or naming no variant is a new visitor.
    for (const stale of ['fw_ab_ab-weights=old-test.b', 'fw_ab_ab-weights=test-1.zzz']) {
      const again = assignVariant(new Request(`${ORIGIN}/f/ab-weights/`, { headers: { cookie: stale } }), form, state);
      expect(again?.cookie).toBeDefined();
    }
  });

  it('serves each visitor one variant’s built page, the same on every return, and counts every stage under it', {
    timeout: 90_000,
  }, async () => {
    const expected: Record<string, { views: number; starts: number; completions: number; qualified: number }> = {
      guide: { views: 0, starts: 0, completions: 0, qualified: 0 },
      promise: { views: 0, starts: 0, completions: 0, qualified: 0 },
    };
    const session = await signIn();
    for (let i = 0; i < 60; i++) {
      const client = `198.51.100.${i + 10}`;
      const first = await visit('/f/lead-magnet/', client);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const cookie = (first.headers.get('set-cookie') ?? '')
        .split(/,(?=\s*fw_)/)
        .map((part) => part.trim().split(';')[0] ?? '')
        .join('; ');
      const assigned = /fw_ab_lead-magnet=[^.;]+\.([a-z-]+)/.exec(cookie)?.[1] as VariantId | undefined;
      if (!assigned) throw new Error(`no variant cookie in ${cookie}`);
      const line = expected[assigned];
      if (!line) throw new Error(`unknown variant ${assigned}`);
      expect(await shown(first)).toEqual({ headline: assigned, posted: assigned });
      line.views++;
      // Returning (every third visitor, twice): the same page, and no new cookie.
      for (let r = 0; r < (i % 3 === 0 ? 2 : 0); r++) {
        const again = await visit('/f/lead-magnet/', client, cookie);
        expect(again.headers.get('set-cookie') ?? '').not.toContain('fw_ab_');
        expect(await shown(again)).toEqual({ headline: assigned, posted: assigned });
        line.views++;
      }
      const headers = { 'cf-connecting-ip': client, cookie, referer: `${ORIGIN}/f/lead-magnet/` };
      // i % 4: 0 starts and sends with JavaScript, 1 starts with it and leaves, 2 sends without it
      // (the post counts the start), 3 only looks.
      const withScript = i % 4 < 2;
      if (withScript) {
        const token = await exports.default.fetch(
          new Request(`${ORIGIN}/api/forms/lead-magnet/render-token`, { headers }),
        );
        const { token: t } = await token.json<{ token: string }>();
        const beacon = await exports.default.fetch(
          new Request(`${ORIGIN}/api/forms/lead-magnet/events`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'text/plain' },
            body: JSON.stringify({ e: 'start', u: '', t, v: assigned }),
          }),
        );
        expect(beacon.status).toBe(204);
      }
      if (i % 4 < 3) line.starts++;
      if (i % 2 === 0) {
        const email = `ab.${i}@example.com`;
        // Half with the island (JSON), half as the page's own post without JavaScript.
        const sent = withScript
          ? await exports.default.fetch(
              new Request(`${ORIGIN}/api/forms/lead-magnet/submissions`, {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/json' },
                body: JSON.stringify({ ...answers(email), _ab: assigned }),
              }),
            )
          : await exports.default.fetch(
              new Request(`${ORIGIN}/f/lead-magnet/submit`, {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
                body: new URLSearchParams({ ...answers(email), _ab: assigned }),
                redirect: 'manual',
              }),
            );
        expect(sent.status).toBeLessThan(400);
        await sent.arrayBuffer();
        line.completions++;
        if (i % 3 !== 1) {
          const lead = await env.DB.prepare("select id from leads where json_extract(answers, '$.email') = ?")
            .bind(email)
            .first<{ id: string }>();
          const moved = await adminFetch(`/api/admin/leads/${lead?.id}/status`, session, {
            method: 'POST',
            body: { status: 'qualified' },
          });
          expect(moved.status).toBe(200);
          line.qualified++;
        }
      }
    }
    const { results: stored } = await env.DB.prepare(
      "select json_extract(attribution, '$.variant') as variant, count(*) as n from leads where form_slug = 'lead-magnet' group by 1",
    ).all<{ variant: string; n: number }>();
    expect(Object.fromEntries(stored.map((row) => [row.variant, row.n]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([id, line]) => [id, line.completions])),
    );

    const read = async () => {
      const body = await (await adminFetch('/api/admin/funnel/lead-magnet', session)).json<{
        total: { views: number; starts: number; completions: number };
        variants: { lines: VariantLine[] };
      }>();
      return {
        total: { views: body.total.views, starts: body.total.starts, completions: body.total.completions },
        lines: Object.fromEntries(
          body.variants.lines.map((l) => [
            l.id,
            { views: l.views, starts: l.starts, completions: l.completions, qualified: l.qualified },
          ]),
        ),
      };
    };
    const sum = (key: 'views' | 'starts' | 'completions') =>
      Object.values(expected).reduce((total, line) => total + line[key], 0);
    // Views are counted after the page is answered (waitUntil): wait for the last of them.
    await expect.poll(read, { timeout: 5_000 }).toEqual({
      total: { views: sum('views'), starts: sum('starts'), completions: sum('completions') },
      lines: expected,
    });
  });

  it('ends the test once, keeping the winner for everyone; later visits and leads count towards no variant', {
    timeout: 30_000,
  }, async () => {
    const session = await signIn();
    const bad = await adminFetch('/api/admin/forms/lead-magnet/test/end', session, {
      method: 'POST',
      body: { winner: 'nobody' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json<{ fields: Record<string, string> }>()).fields.winner).toContain('promise');
    const noTest = await adminFetch('/api/admin/forms/quote/test/end', session, {
      method: 'POST',
      body: { winner: 'a' },
    });
    expect(noTest.status).toBe(409);
    expect((await noTest.json<{ error: { code: string } }>()).error.code).toBe('no_test');
    // The owner's page posts with the session's CSRF token; without it nothing ends.
    const forged = await exports.default.fetch(
      new Request(`${ORIGIN}/admin/forms/lead-magnet/test/end`, {
        method: 'POST',
        headers: { cookie: session.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'winner=guide',
      }),
    );
    expect(forged.status).toBe(403);

    const before = await (await adminFetch('/api/admin/funnel/lead-magnet', session)).json<{
      variants: { lines: VariantLine[] };
    }>();
    const ended = await adminFetch('/api/admin/forms/lead-magnet/test/end', session, {
      method: 'POST',
      body: { winner: 'promise' },
    });
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ slug: 'lead-magnet', winner: 'promise' });
    const again = await adminFetch('/api/admin/forms/lead-magnet/test/end', session, {
      method: 'POST',
      body: { winner: 'guide' },
    });
    expect(again.status).toBe(409);
    expect((await again.json<{ error: { code: string } }>()).error.code).toBe('test_ended');

    // A visitor kept on "guide" before the end, and a new one: both get the winner, no cookie is set.
    for (const cookie of ['', `fw_ab_lead-magnet=${await testId()}.guide`]) {
      const page = await visit('/f/lead-magnet/', '203.0.113.9', cookie);
      expect(page.headers.get('set-cookie') ?? '').not.toContain('fw_ab_');
      expect((await shown(page)).headline).toBe('promise');
    }
    const sent = await exports.default.fetch(
      new Request(`${ORIGIN}/api/forms/lead-magnet/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.9' },
        body: JSON.stringify({ ...answers('after.end@example.com'), _ab: 'guide' }),
      }),
    );
    expect(sent.status).toBe(201);
    const lead = await env.DB.prepare(
      "select json_extract(attribution, '$.variant') as variant from leads where json_extract(answers, '$.email') = ?",
    )
      .bind('after.end@example.com')
      .first<{ variant: string | null }>();
    expect(lead?.variant ?? null).toBeNull();
    const after = await (await adminFetch('/api/admin/funnel/lead-magnet', session)).json<{
      variants: { ended: { winner: string }; lines: VariantLine[] };
    }>();
    expect(after.variants.ended.winner).toBe('promise');
    expect(after.variants.lines.map(({ id, views, completions }) => ({ id, views, completions }))).toEqual(
      before.variants.lines.map(({ id, views, completions }) => ({ id, views, completions })),
    );
  });
});

async function testId(): Promise<string> {
  const { templates } = await import('../../../templates');
  const form = templates.get('lead-magnet');
  if (!form) throw new Error('no lead-magnet template');
  return (await readTestState(env.DB, form))?.testId ?? '';
}
