import { env, exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverLeadNow } from '../../../functions/outbox/deliverLeadNow';
import { sweepOutbox } from '../../../functions/outbox/sweepOutbox';
import { saveNewLead } from '../../../functions/submissions/submit/saveLead';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { ORIGIN } from '../helpers';
import { answers, outboxOf, publishForTest, storeLead, WEBHOOK_FORM_FIELDS, webhookForm } from './webhookFixtures';

// The test binding sends replies only from replies@formwell.test (vitest.config.ts): another sender is refused.
const refusing = { ...env, REPLY_FROM: 'stranger@formwell.test' } as Env;
const NOW = new Date(Date.UTC(2400, 0, 1));

const replying = (slug: string, extra = {}) =>
  webhookForm(slug, [], {
    fields: [...WEBHOOK_FORM_FIELDS, { kind: 'consent', name: 'news', label: 'News', text: 'Email me.', version: '1' }],
    reply: { subject: 'Thanks, {name}', body: 'Hello {name}, your budget: {budget}.' },
    ...extra,
  });

const replyRows = async (lead: string) => (await outboxOf(lead)).filter((row) => row.endpoint === 'email:reply');

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the lead's reply, through the outbox", () => {
  it('is queued in the same batch as the lead, to the lead, with its answers escaped in the HTML', async () => {
    const form = replying('reply-basic');
    const lead = await storeLead(form, { ...answers('ada.reply@example.com'), name: 'Ada <b>&</b>' }, new Date());
    // Stored without any attempt (as if the Worker stopped right after the write): the row is there.
    const [row] = await replyRows(lead);
    expect(row).toMatchObject({ event: 'lead.created', status: 'pending', attempts: 0 });
    const payload = JSON.parse(row?.payload ?? '{}');
    expect(payload).toMatchObject({ to: 'lead', address: 'ada.reply@example.com', subject: 'Thanks, Ada <b>&</b>' });
    expect(payload.text).toContain('Hello Ada <b>&</b>, your budget: Over $10,000.');
    expect(payload.html).toContain('Hello Ada &lt;b&gt;&amp;&lt;/b&gt;, your budget: Over $10,000.');
    await deliverLeadNow(env, lead);
    expect(await replyRows(lead)).toMatchObject([{ status: 'delivered', attempts: 1 }]);
  });

  it('is not queued for spam or held leads, nor without the consent the form names', async () => {
    const form = replying('reply-screened');
    const verdict = validateAnswers(form, answers('bot.reply@example.com'));
    if (!verdict.ok) throw new Error('test answers are invalid');
    for (const screening of ['spam', 'held'] as const) {
      const id = await saveNewLead(env, form, verdict.answers, evaluateResults(form, verdict.answers), NOW, {
        columns: { screening },
      });
      expect(await outboxOf(id)).toEqual([]);
    }
    const asking = replying('reply-consent', {
      reply: { subject: 'Hi', body: 'Hi {name}', consentField: 'news' },
    });
    expect(await replyRows(await storeLead(asking, answers('no.consent@example.com'), NOW))).toEqual([]);
    const consented = await storeLead(asking, { ...answers('yes.consent@example.com'), news: 'yes' }, NOW);
    expect(await replyRows(consented)).toHaveLength(1);
  });

  it('is retried after the mail service refuses it, and the lead is untouched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const form = replying('reply-retry');
    const lead = await storeLead(form, answers('retry.reply@example.com'), NOW);
    const before = await env.DB.prepare('select * from leads where id = ?').bind(lead).first();
    await sweepOutbox(refusing, new Date(NOW.getTime() + 60_000));
    const [failed] = await replyRows(lead);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed?.last_error).toContain('stranger@formwell.test');
    await sweepOutbox(env, new Date(NOW.getTime() + 24 * 3_600_000));
    expect(await replyRows(lead)).toMatchObject([{ status: 'delivered', attempts: 2 }]);
    expect(await env.DB.prepare('select * from leads where id = ?').bind(lead).first()).toEqual(before);
  });

  it('is queued exactly once when the same submission arrives five times at once', async () => {
    const form = replying('reply-race');
    publishForTest(form);
    const body = JSON.stringify(answers('race.reply@example.com'));
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        exports.default.fetch(
          new Request(`${ORIGIN}/api/forms/${form.slug}/submissions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': 'reply-race-key-0001' },
            body,
          }),
        ),
      ),
    );
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json<{ id: string }>()).id)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(ids.size).toBe(1);
    const replies = await env.DB.prepare(
      "select count(*) as n from webhook_outbox where endpoint = 'email:reply' and form_slug = ?",
    )
      .bind(form.slug)
      .first<{ n: number }>();
    expect(replies?.n).toBe(1);
  });
});
