import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyOwnerOfLead } from '../../../functions/notify/notifyOwnerOfLead';
import { sendOwnerEmail } from '../../../functions/notify/sendOwnerEmail';
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

describe('notifyOwnerOfLead', () => {
  it('emails the owner only for forms that ask for it', async () => {
    const asks = webhookForm('wh-notify', [], { notify: { email: true } });
    const silent = webhookForm('wh-silent', []);
    const lead = await storeLead(asks, answers('notify@example.com'), NOW);
    expect(await notifyOwnerOfLead(env, asks, lead)).toMatchObject({ sent: true });
    expect(await notifyOwnerOfLead(env, silent, lead)).toMatchObject({ sent: false });
  });
});

describe('an owner email that fails', () => {
  it('changes nothing for the visitor, the lead or its webhooks', async () => {
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
    expect((await outboxOf(id)).map((row) => row.status)).toEqual(['delivered']);
    expect(await deliveriesTo('email-fails')).toMatchObject([{ verified: true }]);
    expect(logged).toHaveBeenCalledWith(
      'owner email not sent',
      expect.objectContaining({ subject: expect.any(String) }),
    );
  });
});
