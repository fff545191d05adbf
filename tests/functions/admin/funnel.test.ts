import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { readFunnel } from '../../../functions/funnel/readFunnel';
import { findTemplate } from '../../../templates';
import { demo } from '../../../templates/demo';
import { ORIGIN, post, quoteAnswers } from '../helpers';
import { adminFetch, signIn } from './adminSession';

async function counter(form: string, source: string, event: string, step = ''): Promise<number> {
  const row = await env.DB.prepare(
    'select sum(count) as n, count(*) as rows from funnel_counts where form_slug = ? and source = ? and event = ? and step = ?',
  )
    .bind(form, source, event, step)
    .first<{ n: number | null; rows: number }>();
  expect(row?.rows ?? 0).toBeLessThanOrEqual(1);
  return row?.n ?? 0;
}

/** A render token for the form's page, as the island fetches it at the visitor's first touch. */
async function token(form: string): Promise<string> {
  const response = await exports.default.fetch(`${ORIGIN}/api/forms/${form}/render-token`);
  return (await response.json<{ token: string }>()).token;
}

/** The beacon as the island sends it: the event with the page's render token. */
async function tracked(form: string, event: Record<string, string>): Promise<Response> {
  return beacon(form, JSON.stringify({ ...event, t: await token(form) }));
}

function beacon(form: string, body: string): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${form}/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain' },
    }),
  );
}

describe('form page views', () => {
  it('are counted by the Worker from the page request, per UTM source, in one counter row per day', async () => {
    const before = await counter('demo', 'spring-mail', 'view');
    for (let i = 0; i < 3; i++)
      await exports.default.fetch(`${ORIGIN}/f/demo/?utm_source=Spring-Mail&utm_medium=email`);
    await vi.waitFor(async () => expect(await counter('demo', 'spring-mail', 'view')).toBe(before + 3));
  });

  it('are not counted for prefetches, other pages, posts or unknown forms', async () => {
    const before = await counter('demo', '(direct)', 'view');
    await exports.default.fetch(new Request(`${ORIGIN}/f/demo/`, { headers: { 'sec-purpose': 'prefetch' } }));
    await exports.default.fetch(`${ORIGIN}/f/demo/thanks/`);
    await exports.default.fetch(`${ORIGIN}/f/no-such-form/`);
    await exports.default.fetch(`${ORIGIN}/f/demo/`);
    await vi.waitFor(async () => expect(await counter('demo', '(direct)', 'view')).toBe(before + 1));
    expect(await counter('no-such-form', '(direct)', 'view')).toBe(0);
  });
});

describe('the funnel beacon', () => {
  it('counts starts and later steps, and ignores anything it does not understand with 204', async () => {
    const start = await counter('demo', 'ads', 'start');
    const step = await counter('demo', 'ads', 'step', 'your-team');
    const t = await token('demo');
    for (const body of [
      { e: 'start', u: 'ads', t },
      { e: 'step', s: 'your-team', u: 'ads', t },
      { e: 'step', s: 'about-you', u: 'ads', t },
      { e: 'step', s: 'no-such-step', u: 'ads', t },
      'not json',
      { e: 'start', u: 'x'.repeat(600), t },
    ]) {
      expect((await beacon('demo', typeof body === 'string' ? body : JSON.stringify(body))).status).toBe(204);
    }
    expect(await counter('demo', 'ads', 'start')).toBe(start + 1);
    expect(await counter('demo', 'ads', 'step', 'your-team')).toBe(step + 1);
    expect(await counter('demo', 'ads', 'step', 'about-you')).toBe(0);
  });

  it('counts nothing without a render token this Worker issued for the form’s page', async () => {
    const before = await counter('demo', 'forged', 'start');
    await beacon('demo', '{"e":"start","u":"forged"}');
    await beacon('demo', JSON.stringify({ e: 'start', u: 'forged', t: await token('quote') }));
    await beacon('demo', JSON.stringify({ e: 'start', u: 'forged', t: `${Date.now()}.${'A'.repeat(43)}` }));
    expect(await counter('demo', 'forged', 'start')).toBe(before);
  });
});

describe('the funnel report', () => {
  it('puts views, starts, steps and stored leads side by side, in total, by day and by source', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const quote = findTemplate('quote');
    if (!quote) throw new Error('no quote template');
    // Other tests write to the same D1: compare before and after instead of expecting exact totals.
    const before = await readFunnel(env.DB, quote, day, day);
    for (let i = 0; i < 4; i++) await exports.default.fetch(`${ORIGIN}/f/quote/?utm_source=report-test`);
    await tracked('quote', { e: 'start', u: 'report-test' });
    await tracked('quote', { e: 'start', u: 'report-test' });
    await post('/api/forms/quote/submissions', JSON.stringify(quoteAnswers('funnel@example.com')), 'application/json');
    await vi.waitFor(async () => expect(await counter('quote', 'report-test', 'view')).toBe(4));
    const after = await readFunnel(env.DB, quote, day, day);
    expect(after.total.views - before.total.views).toBeGreaterThanOrEqual(4);
    expect(after.total.completions - before.total.completions).toBeGreaterThanOrEqual(1);
    expect(after.byDay.map((line) => line.key)).toEqual([day]);
    expect(after.bySource.find((line) => line.key === 'report-test')).toEqual({
      key: 'report-test',
      views: 4,
      starts: 2,
      steps: {},
      completions: 0,
    });
    const direct = (report: typeof after) => report.bySource.find((line) => line.key === '(direct)')?.completions ?? 0;
    expect(direct(after) - direct(before)).toBeGreaterThanOrEqual(1);

    const session = await signIn();
    const response = await adminFetch(`/api/admin/funnel/quote?from=${day}&to=${day}`, session);
    expect(await response.json()).toMatchObject({ total: { views: after.total.views } });
  });

  it('lists the later steps of a multi-step form as stages', async () => {
    const report = await readFunnel(env.DB, demo, '2020-01-01', '2020-01-02');
    expect(report.steps.map((step) => step.id)).toEqual(['your-team', 'details']);
  });
});

describe('the funnel without JavaScript', () => {
  it('counts a start when the first step is passed, a step when it is shown, and nothing for errors or going back', async () => {
    const { countNoScriptProgress } = await import('../../../functions/funnel/countNoScriptProgress');
    const source = 'noscript-test';
    const input = { _step: 'about-you', utm_source: source };
    const post = new Request(`${ORIGIN}/f/demo/submit`, { method: 'POST' });
    await countNoScriptProgress(env, post, demo, input, { kind: 'show-step', status: 422, step: { id: 'about-you' } });
    expect(await counter('demo', source, 'start')).toBe(0);
    await countNoScriptProgress(env, post, demo, input, { kind: 'show-step', status: 200, step: { id: 'your-team' } });
    expect(await counter('demo', source, 'start')).toBe(1);
    expect(await counter('demo', source, 'step', 'your-team')).toBe(1);
    await countNoScriptProgress(
      env,
      post,
      demo,
      { _step: 'your-team', _back: '1', utm_source: source },
      {
        kind: 'show-step',
        status: 200,
        step: { id: 'about-you' },
      },
    );
    await countNoScriptProgress(env, post, demo, { _step: 'your-team', utm_source: source }, { kind: 'complete' });
    expect(await counter('demo', source, 'start')).toBe(1);
    expect(await counter('demo', source, 'step', 'your-team')).toBe(1);
  });
});
