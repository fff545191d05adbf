import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { answers, outboxOf, publishForTest, storeLead, webhookForm } from '../webhooks/webhookFixtures';
import { adminFetch, signIn } from './adminSession';

const form = webhookForm('admin-hooks', [
  { id: 'crm', url: 'https://crm.example.com/hook', secret: 'TEST_WEBHOOK_SECRET' },
  { id: 'pipeline', url: 'https://discord.example.com/api/webhooks/1', format: 'discord', events: ['lead.updated'] },
]);
publishForTest(form);

async function failDelivery(outboxId: string, body: string) {
  const now = Date.now();
  await env.DB.prepare(
    "update webhook_outbox set status = 'failed', attempts = 8, last_error = 'HTTP 500' where id = ?",
  )
    .bind(outboxId)
    .run();
  await env.DB.prepare(
    "insert into webhook_attempts (outbox_id, attempt, started_at, duration_ms, http_status, response_body, decision) values (?, 8, ?, 12, 500, ?, 'failed')",
  )
    .bind(outboxId, now, body)
    .run();
}

describe('pipeline changes and webhooks', () => {
  it('queue lead.updated to the endpoints that take it, in the same batch as the status change and the note', async () => {
    const session = await signIn();
    const id = await storeLead(form, answers('hooks.pipeline@example.com'), new Date());
    await adminFetch(`/api/admin/leads/${id}/status`, session, { method: 'POST', body: { status: 'contacted' } });
    await adminFetch(`/api/admin/leads/${id}/notes`, session, { method: 'POST', body: { note: 'Sent the proposal' } });
    const updated = (await outboxOf(id)).filter((row) => row.event === 'lead.updated');
    expect(updated.map((row) => row.endpoint)).toEqual(['pipeline', 'pipeline']);
    expect(JSON.parse(updated[0]?.payload ?? '{}').content).toContain('contacted');
  });

  it("shows a lead's deliveries with their attempts, and the URL but no secret", async () => {
    const session = await signIn();
    const id = await storeLead(form, answers('hooks.lead@example.com'), new Date());
    const [row] = await outboxOf(id);
    await failDelivery(row?.id ?? '', 'upstream exploded');
    const record = await (await adminFetch(`/api/admin/leads/${id}`, session)).json<{
      deliveries: {
        delivery: { id: string; url: string; status: string };
        attempts: { response_body?: string; responseBody: string }[];
      }[];
    }>();
    expect(record.deliveries).toHaveLength(1);
    expect(record.deliveries[0]?.delivery).toMatchObject({ url: 'https://crm.example.com/hook', status: 'failed' });
    expect(record.deliveries[0]?.attempts[0]?.responseBody).toBe('upstream exploded');
    expect(JSON.stringify(record)).not.toContain('TEST_WEBHOOK_SECRET');
  });
});

describe('webhook endpoints', () => {
  it('report their health and delivery log', async () => {
    const session = await signIn();
    const id = await storeLead(form, answers('hooks.health@example.com'), new Date());
    const [row] = await outboxOf(id);
    await failDelivery(row?.id ?? '', 'down');
    const { endpoints } = await (await adminFetch('/api/admin/webhooks', session)).json<{
      endpoints: { formSlug: string; endpoint: string; counts: Record<string, number>; lastAttemptAt: string | null }[];
    }>();
    const crm = endpoints.find((e) => e.formSlug === 'admin-hooks' && e.endpoint === 'crm');
    expect(crm?.counts.failed).toBeGreaterThanOrEqual(1);
    expect(crm?.lastAttemptAt).not.toBeNull();
    const log = await (await adminFetch('/api/admin/webhooks/admin-hooks/crm', session)).json<{
      deliveries: { delivery: { id: string } }[];
    }>();
    expect(log.deliveries.map((d) => d.delivery.id)).toContain(row?.id);
    expect((await adminFetch('/api/admin/webhooks/admin-hooks/nope', session)).status).toBe(404);
  });

  it('replay one delivery with the same id and payload, or every failed one of an endpoint', async () => {
    const session = await signIn();
    const ids = [
      await storeLead(form, answers('hooks.replay1@example.com'), new Date()),
      await storeLead(form, answers('hooks.replay2@example.com'), new Date()),
    ];
    const rows = await Promise.all(ids.map(async (id) => (await outboxOf(id)).find((row) => row.endpoint === 'crm')));
    for (const row of rows) await failDelivery(row?.id ?? '', 'down');

    const one = await adminFetch(`/api/admin/webhooks/deliveries/${rows[0]?.id}/replay`, session, {
      method: 'POST',
      body: {},
    });
    expect(await one.json()).toEqual({ replayed: 1 });
    const [again] = await outboxOf(ids[0] ?? '');
    expect(again).toMatchObject({ id: rows[0]?.id, status: 'pending', attempts: 0, payload: rows[0]?.payload });

    const all = await adminFetch('/api/admin/webhooks/admin-hooks/crm/replay-failed', session, {
      method: 'POST',
      body: {},
    });
    const { replayed } = await all.json<{ replayed: number }>();
    expect(replayed).toBeGreaterThanOrEqual(1);
    expect((await outboxOf(ids[1] ?? '')).find((row) => row.endpoint === 'crm')?.status).toBe('pending');
  });

  it('cannot be replayed without the CSRF token', async () => {
    const session = await signIn();
    const response = await adminFetch(
      '/api/admin/webhooks/admin-hooks/crm/replay-failed',
      { ...session, csrfToken: 'x' },
      {
        method: 'POST',
        body: {},
      },
    );
    expect(response.status).toBe(403);
  });
});
