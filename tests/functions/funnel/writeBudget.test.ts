import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { FUNNEL_LIMITS } from '../../../functions/funnel/funnelLimits';
import { ORIGIN, quoteAnswers } from '../helpers';

const DAY = () => new Date().toISOString().slice(0, 10);

async function written(form: string): Promise<{ rows: number; total: number }> {
  const row = await env.DB.prepare(
    'select count(*) as rows, coalesce(sum(count), 0) as total from funnel_counts where form_slug = ? and day = ?',
  )
    .bind(form, DAY())
    .first<{ rows: number; total: number }>();
  return { rows: row?.rows ?? 0, total: row?.total ?? 0 };
}

async function renderToken(form: string, client: string): Promise<string> {
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${form}/render-token`, { headers: { 'cf-connecting-ip': client } }),
  );
  return (await response.json<{ token: string }>()).token;
}

function event(form: string, body: unknown, client: string): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${form}/events`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain', 'cf-connecting-ip': client },
    }),
  );
}

function lead(email: string, client: string): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/quote/submissions`, {
      method: 'POST',
      body: JSON.stringify(quoteAnswers(email)),
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': client },
    }),
  );
}

// Its own file, so its D1 starts empty and the day's counters are this test's alone.
describe('the funnel cannot spend the day’s D1 writes', () => {
  it('a burst of 2,900 events and views from one address writes at most a few rows, and leads still get 201', async () => {
    const attacker = '203.0.113.66';
    const t = await renderToken('quote', attacker);
    const started = Date.now();
    for (let i = 0; i < 2900; i++) {
      // Each with its own made-up source, as the audit's burst had, half as page views.
      const answer =
        i % 2 === 0
          ? await event('quote', { e: 'start', u: `source-${i}`, t }, attacker)
          : await exports.default.fetch(
              new Request(`${ORIGIN}/f/quote/?utm_source=view-${i}`, { headers: { 'cf-connecting-ip': attacker } }),
            );
      await answer.arrayBuffer();
    }
    const { rows, total } = await written('quote');
    console.log(`funnel burst: 2,900 requests from one address wrote ${rows} rows (${total} counts)`);
    // 30 a minute per client: a burst that lasts longer than a minute on a busy machine spans more
    // of the limiter's one-minute windows (at most its whole minutes plus one), each with its own 30.
    const windows = Math.ceil((Date.now() - started) / 60_000) + 1;
    expect(total).toBeLessThanOrEqual(30 * windows);
    expect(rows).toBeLessThanOrEqual(30 * windows);
    expect(total).toBeLessThan(2900 / 10);
    expect((await lead('burst.victim@example.com', '198.51.100.7')).status).toBe(201);
  }, 120_000);

  it('many addresses together cannot keep more than the form’s sources apart', async () => {
    for (let i = 0; i < FUNNEL_LIMITS.sourcesPerFormPerDay + 20; i++) {
      const client = `192.0.2.${i + 1}`;
      await (
        await event('demo', { e: 'start', u: `campaign-${i}`, t: await renderToken('demo', client) }, client)
      ).arrayBuffer();
    }
    const { rows } = await written('demo');
    expect(rows).toBe(FUNNEL_LIMITS.sourcesPerFormPerDay + 1); // the sources kept apart, then "(other)"
    const other = await env.DB.prepare(
      "select count from funnel_counts where form_slug = 'demo' and source = '(other)' and event = 'start'",
    ).first<{ count: number }>();
    expect(other?.count).toBe(20);
  });

  it('stops counting once the day’s budget is spent, and a lead is still stored', async () => {
    // The day's counters, as a long busy day would have left them.
    await env.DB.prepare(
      "insert into funnel_counts (form_slug, day, source, event, step, count) values ('waitlist', ?, '(direct)', 'view', '', ?)",
    )
      .bind(DAY(), FUNNEL_LIMITS.perDay)
      .run();
    const before = await written('contact');
    await (
      await exports.default.fetch(
        new Request(`${ORIGIN}/f/contact/`, { headers: { 'cf-connecting-ip': '198.51.100.9' } }),
      )
    ).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await written('contact')).toEqual(before);
    expect((await lead('budget.spent@example.com', '198.51.100.8')).status).toBe(201);
  });
});
