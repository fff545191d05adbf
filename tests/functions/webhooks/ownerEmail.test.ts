import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendOwnerEmail } from '../../../functions/notify/sendOwnerEmail';
import { deliverLeadNow } from '../../../functions/outbox/deliverLeadNow';
import { sweepOutbox } from '../../../functions/outbox/sweepOutbox';
import { saveNewLead } from '../../../functions/submissions/submit/saveLead';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { ORIGIN } from '../helpers';
import worker from '../testWorker';
import { configureHook, deliveriesTo, hookUrl } from './receiver/receiver';
import { answers, outboxOf, publishForTest, storeLead, TEST_SECRET, webhookForm } from './webhookFixtures';

// The test binding only mails owner@formwell.test (vitest.config.ts), as an owner would restrict it.
const refusing = { ...env, OWNER_EMAIL_TO: 'stranger@formwell.test' } as Env;
const unconfigured = { ...env, OWNER_EMAIL_TO: undefined } as unknown as Env;
const NOW = new Date(Date.UTC(2400, 0, 1));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendOwnerEmail', () => {
  it('sends through the OWNER_EMAIL binding and returns the message id', async () => {
    const result = await sendOwnerEmail(env, { subject: 'New lead', text: 'Name: Ada', replyTo: 'ada@example.com' });
    expect(result).toEqual({ sent: true, messageId: expect.stringMatching(/^<.+@formwell\.test>$/) });
  });

  it('reports a message the binding refuses as a value, never a throw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await sendOwnerEmail(refusing, { subject: 'New lead', text: 'Name: Ada' });
    expect(result).toEqual({ sent: false, reason: expect.stringContaining('stranger@formwell.test not allowed') });
  });

  it('sends nothing while no owner address is configured', async () => {
    expect(await sendOwnerEmail(unconfigured, { subject: 'New lead', text: '' })).toEqual({
      sent: false,
      reason: expect.stringContaining('OWNER_EMAIL_TO'),
    });
  });
});

describe('the owner email, through the outbox', () => {
  it('is queued with a new lead only for forms that ask, and sent once by the first attempt', async () => {
    const asks = webhookForm('wh-notify', [], { notify: { email: true } });
    const silent = webhookForm('wh-silent', []);
    const lead = await storeLead(asks, answers('notify@example.com'), new Date());
    const [row, ...more] = await outboxOf(lead);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ endpoint: 'email:owner', event: 'lead.created', status: 'pending' });
    expect(JSON.parse(row?.payload ?? '{}')).toMatchObject({
      to: 'owner',
      subject: 'New lead: Webhook test wh-notify',
      replyTo: 'notify@example.com',
    });
    await deliverLeadNow(env, lead);
    expect(await outboxOf(lead)).toMatchObject([{ status: 'delivered', attempts: 1 }]);
    expect(await outboxOf(await storeLead(silent, answers('silent@example.com'), NOW))).toEqual([]);
  });

  it('is sent by the cron sweep when the Worker stopped right after storing the lead', async () => {
    const asks = webhookForm('wh-notify-crash', [], { notify: { email: true } });
    const lead = await storeLead(asks, answers('crash@example.com'), NOW);
    await sweepOutbox(env, new Date(NOW.getTime() + 60_000));
    expect(await outboxOf(lead)).toMatchObject([{ endpoint: 'email:owner', status: 'delivered', attempts: 1 }]);
  });

  it('is never queued for a lead screened as spam or held', async () => {
    const asks = webhookForm('wh-notify-spam', [], { notify: { email: true } });
    const verdict = validateAnswers(asks, answers('bot@example.com'));
    if (!verdict.ok) throw new Error('test answers are invalid');
    for (const screening of ['spam', 'held'] as const) {
      const id = await saveNewLead(env, asks, verdict.answers, evaluateResults(asks, verdict.answers), NOW, {
        columns: { screening },
      });
      expect(await outboxOf(id)).toEqual([]);
    }
  });
});

describe('an owner email that fails', () => {
  it('changes nothing for the visitor, the lead or its webhooks, and is retried from the outbox', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await configureHook('email-fails', { secret: TEST_SECRET });
    const form = webhookForm(
      'wh-email-fails',
      [{ id: 'crm', url: hookUrl('email-fails'), secret: 'TEST_WEBHOOK_SECRET' }],
      {
        notify: { email: true },
      },
    );
    publishForTest(form);
    const ctx = createExecutionContext();
    const request = new Request(`${ORIGIN}/api/forms/wh-email-fails/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(answers('email.fails@example.com')),
    }) as Request<unknown, IncomingRequestCfProperties>; // Cloudflare fills `cf` in; this test has none to give.
    const response = await worker.fetch(request, refusing, ctx);
    await waitOnExecutionContext(ctx);

    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();
    const rows = await outboxOf(id);
    expect(rows.find((row) => row.endpoint === 'crm')?.status).toBe('delivered');
    const email = rows.find((row) => row.endpoint === 'email:owner');
    expect(email).toMatchObject({ status: 'pending', attempts: 2 });
    expect(email?.last_error).toContain('not allowed');
    expect(await deliveriesTo('email-fails')).toMatchObject([{ verified: true }]);
    expect(logged).toHaveBeenCalledWith(
      'owner email not sent',
      expect.objectContaining({ subject: expect.any(String) }),
    );
    // Once the owner fixes the address, the next sweep sends it.
    await sweepOutbox(env, new Date(Date.now() + 6 * 60_000));
    expect((await outboxOf(id)).find((row) => row.endpoint === 'email:owner')?.status).toBe('delivered');
  }, 20_000);
});
