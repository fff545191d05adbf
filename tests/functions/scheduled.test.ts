import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sweepOutbox } from '../../functions/cron/sweepOutbox';
import worker from './testWorker';

async function addOutboxRow(id: string, dueAt: number) {
  await env.DB.prepare(
    "insert into leads (id, form_slug, form_version, answers, created_at) values (?, 'quote', 'v', '{}', ?)",
  )
    .bind(`lead-${id}`, dueAt)
    .run();
  await env.DB.prepare(
    "insert into webhook_outbox (id, lead_id, endpoint, event, payload, next_attempt_at, created_at) values (?, ?, 'crm', 'lead.created', '{}', ?, ?)",
  )
    .bind(id, `lead-${id}`, dueAt, dueAt)
    .run();
}

describe('scheduled outbox sweep', () => {
  it('counts only pending deliveries that are due', async () => {
    const now = Date.UTC(2026, 10, 24, 12);
    await addOutboxRow('due', now - 1000);
    await addOutboxRow('later', now + 60_000);
    expect(await sweepOutbox(env, new Date(now))).toBe(1);
    expect(await sweepOutbox(env, new Date(now + 60_000))).toBe(2);
  });

  it('runs from the cron trigger without throwing', async () => {
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '*/5 * * * *' }), env);
  });
});
