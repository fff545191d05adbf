import { describe, expect, it } from 'vitest';
import { post } from '../helpers';
import { configureHook, hookUrl, waitForDeliveries } from './receiver/receiver';
import { answers, outboxOf, publishForTest, TEST_SECRET, webhookForm } from './webhookFixtures';

const form = webhookForm('wh-route', [
  { id: 'crm', url: hookUrl('route-crm'), secret: 'TEST_WEBHOOK_SECRET' },
  { id: 'chat', url: hookUrl('route-chat'), format: 'slack', secret: 'TEST_WEBHOOK_SECRET' },
]);
publishForTest(form);
const API = '/api/forms/wh-route/submissions';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

describe('a submission travelling to its webhooks', () => {
  it('answers 201 without waiting for the receivers, which get the lead moments later', async () => {
    await configureHook('route-crm', { secret: TEST_SECRET });
    await configureHook('route-chat', { secret: TEST_SECRET });
    const toResponse: number[] = [];
    const toReceiver: number[] = [];
    for (let i = 0; i < 20; i++) {
      const sent = Date.now();
      const response = await post(API, JSON.stringify(answers(`latency${i}@example.com`)), 'application/json');
      toResponse.push(Date.now() - sent);
      expect(response.status).toBe(201);
      const [delivery] = (await waitForDeliveries('route-crm', i + 1)).slice(i);
      toReceiver.push((delivery?.receivedAt ?? 0) - sent);
    }
    await waitForDeliveries('route-chat', 20);
    console.log('submit -> response / receiver (ms)', {
      response: { median: percentile(toResponse, 50), p95: percentile(toResponse, 95) },
      receiver: { median: percentile(toReceiver, 50), p95: percentile(toReceiver, 95), max: Math.max(...toReceiver) },
    });
    expect(percentile(toReceiver, 50)).toBeLessThan(1000);
  });

  it('delivers 200 concurrent submissions exactly once to every endpoint', async () => {
    await configureHook('route-crm', { secret: TEST_SECRET });
    await configureHook('route-chat', { secret: TEST_SECRET });
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(API, JSON.stringify(answers(`burst${i}@example.com`, i % 2 ? 'high' : 'low')), 'application/json'),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const leadIds = new Set(await Promise.all(responses.map(async (r) => (await r.json<{ id: string }>()).id)));
    expect(leadIds.size).toBe(200);

    const figures: Record<string, unknown> = {};
    for (const hook of ['route-crm', 'route-chat']) {
      const received = await waitForDeliveries(hook, 200, 60_000);
      const ids = received.map((delivery) => delivery.id);
      figures[hook] = {
        deliveries: received.length,
        distinctWebhookIds: new Set(ids).size,
        duplicates: ids.length - new Set(ids).size,
        verified: received.filter((delivery) => delivery.verified).length,
      };
      expect(received).toHaveLength(200);
      expect(new Set(ids).size).toBe(200);
      expect(received.every((delivery) => delivery.verified)).toBe(true);
    }
    const crmLeads = (await waitForDeliveries('route-crm', 200)).map((d) => JSON.parse(d.body).data.id as string);
    expect(new Set(crmLeads)).toEqual(leadIds);
    const rows = (await Promise.all([...leadIds].map(outboxOf))).flat();
    expect(rows.filter((row) => row.status === 'delivered')).toHaveLength(400);
    console.log('200 concurrent submissions', { ...figures, allDeliveredMs: Date.now() - started });
  }, 90_000);

  it('does not keep the visitor waiting for a slow receiver', async () => {
    await configureHook('route-crm', { secret: TEST_SECRET, replies: [{ status: 200, delayMs: 2000 }] });
    await configureHook('route-chat', { secret: TEST_SECRET });
    const sent = Date.now();
    const response = await post(API, JSON.stringify(answers('slow.receiver@example.com')), 'application/json');
    expect(response.status).toBe(201);
    expect(Date.now() - sent).toBeLessThan(1000);
    const { id } = await response.json<{ id: string }>();
    expect((await outboxOf(id)).find((row) => row.endpoint === 'crm')?.status).toBe('pending');
    await waitForDeliveries('route-crm', 1);
    for (let waited = 0; waited < 5000; waited += 100) {
      if ((await outboxOf(id)).every((row) => row.status === 'delivered')) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the slow delivery was not recorded within 5 s');
  });
});
