import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from './testWorker';
import { configureHook, deliveriesTo, hookUrl } from './webhooks/receiver/receiver';
import { answers, outboxOf, storeLead, TEST_SECRET, webhookForm } from './webhooks/webhookFixtures';

// Long before the clocks of the webhook tests, so this cron run attempts nothing of theirs.
const SCHEDULED = Date.UTC(1990, 0, 1);

describe('scheduled handler', () => {
  it('sweeps the webhook outbox: a due delivery is sent', async () => {
    await configureHook('cron', { secret: TEST_SECRET });
    const form = webhookForm('wh-cron', [{ id: 'crm', url: hookUrl('cron'), secret: 'TEST_WEBHOOK_SECRET' }]);
    const leadId = await storeLead(form, answers('cron@example.com'), new Date(SCHEDULED));
    await worker.scheduled(createScheduledController({ scheduledTime: SCHEDULED, cron: '* * * * *' }), env);
    expect((await outboxOf(leadId)).map((row) => row.status)).toEqual(['delivered']);
    expect(await deliveriesTo('cron')).toMatchObject([{ verified: true }]);
  });
});
