import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/admin/auth/hashPassword';
import { freePort } from '../../scripts/freePort.mjs';
import { serveLocal } from '../../scripts/serveLocal.mjs';
import { FAKE_PAGE_TOKEN, startFakeGraph } from '../functions/leadAds/fakeGraph';
import { createReceiver } from '../functions/webhooks/receiver/createReceiver';
import type { HookSettings, ReceivedDelivery } from '../functions/webhooks/receiver/receiverTypes';
import { execLocalD1 } from './execLocalD1';
import { queryLocalD1 } from './localD1';

// Its own server, started by serveLocal as `npm start` starts it, from a .dev.vars file that allows
// loopback webhooks and sets the sample quote form's CRM address and whsec_ secret, as the README says.
describe('local settings and the local cron, as npm start runs them', () => {
  it('delivers a lead once, signed, by the cron alone after the receiver refused the first two attempts; takes a Meta lead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'formwell-settings-'));
    const graphPort = await freePort();
    const graph = await startFakeGraph(graphPort);
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
        // The quote form's Meta Lead Ads connection, against a stand-in Graph API on loopback.
        'META_APP_SECRET=local-meta-app-secret',
        'META_VERIFY_TOKEN=local-meta-verify-token',
        `META_PAGE_TOKEN=${FAKE_PAGE_TOKEN}`,
        `META_GRAPH_URL=http://127.0.0.1:${graphPort}/v22.0`,
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

      // Meta's verification request and a signed lead, as the README's "Lead ads from Meta" sets them up.
      const page = '100000000000001';
      const verified = await fetch(
        `${origin}/api/lead-ads/meta/${page}?hub.mode=subscribe&hub.verify_token=local-meta-verify-token&hub.challenge=42`,
      );
      expect(await verified.text()).toBe('42');
      await fetch(`http://127.0.0.1:${graphPort}/plan/8001`, {
        method: 'PUT',
        body: JSON.stringify({
          lead: {
            field_data: [
              { name: 'full_name', values: ['Mary Jackson'] },
              { name: 'email', values: ['mary.meta@example.com'] },
              { name: 'which_service', values: ['Branding'] },
              { name: 'budget', values: ['2k-10k'] },
              { name: 'timeline', values: ['later'] },
            ],
            custom_disclaimer_responses: [{ checkbox_key: 'contact_consent', is_checked: '1' }],
          },
        }),
      });
      const body = JSON.stringify({
        object: 'page',
        entry: [{ id: page, changes: [{ field: 'leadgen', value: { leadgen_id: '8001', page_id: page } }] }],
      });
      const mac = createHmac('sha256', 'local-meta-app-secret').update(body).digest('hex');
      const announced = await fetch(`${origin}/api/lead-ads/meta/${page}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${mac}` },
        body,
      });
      expect(announced.status).toBe(200);
      await until(async () => {
        const [stored] = await queryLocalD1<{ state: string }>(
          dir,
          "select state from platform_leads where id = 'meta:8001'",
        );
        return stored?.state === 'stored';
      }, 20_000);
      const [lead] = await queryLocalD1<{ email: string; source: string }>(
        dir,
        "select contact_email as email, json_extract(attribution, '$.utm_source') as source from leads where contact_email = 'mary.meta@example.com'",
      );
      expect(lead).toEqual({ email: 'mary.meta@example.com', source: 'meta-lead-ads' });
    } finally {
      stop();
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await receiver.close();
      graph.close();
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
