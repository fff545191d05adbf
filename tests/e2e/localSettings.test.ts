import { describe, expect, inject, it } from 'vitest';
import { configureHook, deliveriesTo } from '../functions/webhooks/receiver/receiver';
import { execLocalD1 } from './execLocalD1';
import { queryLocalD1 } from './localD1';
import { QUOTE_HOOK } from './startWorker';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const secret = inject('quoteWebhookSecret');

// The server under test was started by serveLocal, as `npm start` starts it, from a .dev.vars file that
// allows loopback webhooks and sets the quote form's CRM address and whsec_ secret (tests/e2e/startWorker.ts).
describe('local settings and the local cron, as npm start runs them', () => {
  it('delivers a lead once, signed, by the cron alone after the receiver refused the first two attempts', async () => {
    await configureHook(QUOTE_HOOK, {
      secret,
      replies: [
        { status: 503, headers: { 'retry-after': '1' } },
        { status: 503, headers: { 'retry-after': '2' } },
      ],
    });
    const response = await fetch(`${baseUrl}/api/forms/quote/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.18.77.1' },
      body: JSON.stringify({
        name: 'Dorothy Vaughan',
        email: 'dorothy.cron@example.com',
        service: 'seo',
        budget: 'over-10k',
        timeline: 'asap',
        consent: true,
      }),
    });
    expect(response.status).toBe(201);
    const { id: leadId } = (await response.json()) as { id: string };
    const mine = async () =>
      (await deliveriesTo(QUOTE_HOOK)).filter((delivery) => JSON.parse(delivery.body).data.id === leadId);

    // The first attempt right after the answer, the second in the same invocation five seconds on:
    // both refused, so the outbox schedules the third for the five-minute slot.
    await until(async () => (await mine()).length === 2, 20_000);
    const [row] = await queryLocalD1<{ id: string; status: string; attempts: number; next_attempt_at: number }>(
      persistDir,
      `select id, status, attempts, next_attempt_at from webhook_outbox where lead_id = '${leadId}'`,
    );
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect((row?.next_attempt_at ?? 0) - Date.now()).toBeGreaterThan(3 * 60_000);

    // Five minutes pass (the row is made due now); nothing calls the scheduled handler but the local cron.
    await execLocalD1(persistDir, [
      '--command',
      `update webhook_outbox set next_attempt_at = ${Date.now()} where id = '${row?.id}'`,
    ]);
    await until(async () => (await mine()).length === 3, 75_000);

    const deliveries = await mine();
    expect(deliveries.map((delivery) => delivery.repliedWith)).toEqual([503, 503, 200]);
    expect(new Set(deliveries.map((delivery) => delivery.id)).size).toBe(1);
    expect(deliveries.every((delivery) => delivery.verified === true)).toBe(true);
    // The cron fires on the minute, as Cloudflare's does.
    expect(new Date(deliveries[2]?.receivedAt ?? 0).getUTCSeconds()).toBeLessThan(10);
    const [delivered] = await queryLocalD1<{ status: string; attempts: number }>(
      persistDir,
      `select status, attempts from webhook_outbox where lead_id = '${leadId}'`,
    );
    expect(delivered).toEqual({ status: 'delivered', attempts: 3 });
  }, 120_000);
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
