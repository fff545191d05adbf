import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/admin/auth/hashPassword';
import { freePort } from '../../scripts/freePort.mjs';
import { serveLocal } from '../../scripts/serveLocal.mjs';
import { createReceiver } from '../functions/webhooks/receiver/createReceiver';
import type { HookSettings, ReceivedDelivery } from '../functions/webhooks/receiver/receiverTypes';
import { execLocalD1 } from './execLocalD1';
import { queryLocalD1 } from './localD1';

// Its own server, started by serveLocal as `npm start` starts it, from a .dev.vars file that allows
// loopback webhooks and sets the sample quote form's CRM address and whsec_ secret, as the README says.
describe('local settings and the local cron, as npm start runs them', () => {
  it('delivers a lead once, signed, by the cron alone after the receiver refused the first two attempts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'formwell-settings-'));
    const receiver = await createReceiver();
    const secret = `whsec_${Buffer.from(randomUUID() + randomUUID()).toString('base64')}`;
    const devVars = join(dir, '.dev.vars');
    writeFileSync(
      devVars,
      [
        `FORM_TOKEN_SECRET=${randomUUID()}`,
        `ADMIN_PASSWORD_HASH=${await hashPassword(randomUUID())}`,
        `ADMIN_SESSION_SECRET=${randomUUID()}`,
        'WEBHOOKS_ALLOW_LOOPBACK=true',
        `QUOTE_WEBHOOK_URL=${receiver.origin}/hooks/crm`,
        `QUOTE_WEBHOOK_SECRET=${secret}`,
        '',
      ].join('\n'),
    );
    const control = async (method: string, path: string, body?: unknown) =>
      (
        await fetch(`${receiver.origin}${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) })
      ).json();
    const settings: HookSettings = {
      secret,
      replies: [
        { status: 503, headers: { 'retry-after': '1' } },
        { status: 503, headers: { 'retry-after': '2' } },
      ],
    };
    await control('PUT', '/control/hooks/crm', settings);
    const delivered = async () =>
      ((await control('GET', '/control/hooks/crm')) as { deliveries: ReceivedDelivery[] }).deliveries;

    const {
      server,
      origin,
      settings: names,
      stop,
    } = await serveLocal({
      port: await freePort(),
      devVars,
      persistTo: dir,
      build: false,
      quiet: true,
      detached: true,
    });
    try {
      expect(names).toEqual(
        expect.arrayContaining(['WEBHOOKS_ALLOW_LOOPBACK', 'QUOTE_WEBHOOK_URL', 'QUOTE_WEBHOOK_SECRET']),
      );
      const response = await fetch(`${origin}/api/forms/quote/submissions`, {
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

      // The first attempt right after the answer, the second in the same invocation five seconds on:
      // both refused, so the outbox schedules the third for the five-minute slot.
      await until(async () => (await delivered()).length === 2, 20_000);
      const [row] = await queryLocalD1<{ id: string; status: string; attempts: number; next_attempt_at: number }>(
        dir,
        `select id, status, attempts, next_attempt_at from webhook_outbox where lead_id = '${leadId}'`,
      );
      expect(row).toMatchObject({ status: 'pending', attempts: 2 });
      expect((row?.next_attempt_at ?? 0) - Date.now()).toBeGreaterThan(3 * 60_000);

      // Five minutes pass (the row is made due now); nothing calls the scheduled handler but the local cron.
      await execLocalD1(dir, [
        '--command',
        `update webhook_outbox set next_attempt_at = ${Date.now()} where id = '${row?.id}'`,
      ]);
      await until(async () => (await delivered()).length === 3, 75_000);

      const deliveries = await delivered();
      expect(deliveries.map((delivery) => delivery.repliedWith)).toEqual([503, 503, 200]);
      expect(deliveries.every((delivery) => JSON.parse(delivery.body).data.id === leadId)).toBe(true);
      expect(new Set(deliveries.map((delivery) => delivery.id)).size).toBe(1);
      expect(deliveries.every((delivery) => delivery.verified === true)).toBe(true);
      // The cron fires on the minute, as Cloudflare's does.
      expect(new Date(deliveries[2]?.receivedAt ?? 0).getUTCSeconds()).toBeLessThan(10);
      const [done] = await queryLocalD1<{ status: string; attempts: number }>(
        dir,
        `select status, attempts from webhook_outbox where lead_id = '${leadId}'`,
      );
      expect(done).toEqual({ status: 'delivered', attempts: 3 });
    } finally {
      stop();
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
