import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimDeliveries } from '../../../functions/outbox/claimDeliveries';
import { deliverLeadNow } from '../../../functions/outbox/deliverLeadNow';
import { enableEndpoint } from '../../../functions/outbox/endpointState';
import { recoverFailed } from '../../../functions/outbox/recoverFailed';
import { replayDelivery } from '../../../functions/outbox/replayDelivery';
import {
  DELIVERY_CONCURRENCY,
  LEASE_MS,
  MAX_ATTEMPTS,
  RESPONSE_BODY_LOG_BYTES,
  RETRY_SCHEDULE_SECONDS,
} from '../../../functions/outbox/retryPolicy';
import { sweepOutbox } from '../../../functions/outbox/sweepOutbox';
import { closeListener, configureHook, deliveriesTo, hookUrl, openListener } from './receiver/receiver';
import {
  answers,
  attemptsOf,
  endpointState,
  NO_JITTER,
  outboxRow,
  secondsAfter,
  storeLead,
  TEST_SECRET,
  webhookForm,
} from './webhookFixtures';

// Every test runs on its own clock, years in the future and further back for each later test, so a
// sweep here never reaches the rows of a test before it (storage is shared), and no other file's
// sweep (at the real time) reaches these. This file alone sweeps at such times.
const clock = (test: number) => Date.UTC(2200 - 5 * test, 0, 1);
const pinned = { random: NO_JITTER };
const secret = 'TEST_WEBHOOK_SECRET';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('retries driven by the outbox sweep', () => {
  it('delivers exactly once per endpoint, with one webhook-id, on schedule, after a two-hour outage', async () => {
    const base = clock(1);
    const downPort = await openListener();
    await closeListener(downPort);
    await configureHook('outage-refused', { secret: TEST_SECRET });
    await configureHook('outage-erroring', {
      secret: TEST_SECRET,
      replies: [{ status: 500 }, { status: 502 }, { status: 500 }, { status: 503 }],
    });
    const form = webhookForm('wh-outage', [
      { id: 'refused', url: hookUrl('outage-refused', downPort), secret },
      { id: 'erroring', url: hookUrl('outage-erroring'), secret },
    ]);
    const leadId = await storeLead(form, answers('outage@example.com'), new Date(base));

    for (const seconds of [0, 5, 60, 300, 1800, 3600]) await sweepOutbox(env, secondsAfter(base, seconds), pinned);
    await openListener(downPort);
    await sweepOutbox(env, secondsAfter(base, 7199), pinned);
    expect((await outboxRow(leadId, 'refused')).status).toBe('pending');
    await sweepOutbox(env, secondsAfter(base, 7200), pinned);
    await sweepOutbox(env, secondsAfter(base, 30_000), pinned);

    const onSchedule = RETRY_SCHEDULE_SECONDS.slice(0, 5).map((seconds) => base + seconds * 1000);
    for (const endpoint of ['refused', 'erroring']) {
      const row = await outboxRow(leadId, endpoint);
      expect(row).toMatchObject({ status: 'delivered', attempts: 5 });
      const attempts = await attemptsOf(row.id);
      expect(attempts.map((attempt) => attempt.started_at)).toEqual(onSchedule);
      expect(attempts.map((attempt) => attempt.decision)).toEqual(['retry', 'retry', 'retry', 'retry', 'delivered']);
    }
    const refused = await outboxRow(leadId, 'refused');
    expect((await attemptsOf(refused.id))[0]?.error).toMatch(/^connection failed/);

    const received = [...(await deliveriesTo('outage-refused')), ...(await deliveriesTo('outage-erroring'))];
    const accepted = received.filter((delivery) => delivery.repliedWith < 300);
    expect(accepted.map((delivery) => delivery.path).sort()).toEqual([
      '/hooks/outage-erroring',
      '/hooks/outage-refused',
    ]);
    expect(received.every((delivery) => delivery.verified)).toBe(true);
    const erroring = await outboxRow(leadId, 'erroring');
    expect(new Set((await deliveriesTo('outage-erroring')).map((delivery) => delivery.id))).toEqual(
      new Set([erroring.id]),
    );
    expect((await deliveriesTo('outage-refused')).map((delivery) => delivery.id)).toEqual([refused.id]);
  });

  it('delivers a lead the Worker stored but never attempted (it stopped right after the write)', async () => {
    const base = clock(2);
    await configureHook('stopped', { secret: TEST_SECRET });
    const form = webhookForm('wh-stopped', [{ id: 'crm', url: hookUrl('stopped'), secret }]);
    const leadId = await storeLead(form, answers('stopped@example.com'), new Date(base));
    expect(await outboxRow(leadId, 'crm')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await deliveriesTo('stopped')).toHaveLength(0);

    await sweepOutbox(env, secondsAfter(base, 60), pinned);
    expect(await outboxRow(leadId, 'crm')).toMatchObject({ status: 'delivered', attempts: 1 });
    const [delivery, ...more] = await deliveriesTo('stopped');
    expect(more).toHaveLength(0);
    expect(delivery?.verified).toBe(true);
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ type: 'lead.created', data: { id: leadId } });
  });

  it('attempts a row again with the same webhook-id once the lease of an invocation that died has passed', async () => {
    const base = clock(3);
    await configureHook('lease', { secret: TEST_SECRET });
    const form = webhookForm('wh-lease', [{ id: 'crm', url: hookUrl('lease'), secret }]);
    const leadId = await storeLead(form, answers('lease@example.com'), new Date(base));
    // An invocation claims the row, then is killed before it sends or records anything.
    expect(await claimDeliveries(env.DB, new Date(base), { leadId })).toHaveLength(1);

    await sweepOutbox(env, secondsAfter(base, 60), pinned);
    expect(await deliveriesTo('lease')).toHaveLength(0);
    await sweepOutbox(env, new Date(base + LEASE_MS), pinned);
    const row = await outboxRow(leadId, 'crm');
    expect(row.status).toBe('delivered');
    expect((await deliveriesTo('lease')).map((delivery) => delivery.id)).toEqual([row.id]);
  });

  it('never sends a row twice when two sweeps run at once', async () => {
    const base = clock(4);
    await configureHook('race', { secret: TEST_SECRET });
    const form = webhookForm('wh-race', [{ id: 'crm', url: hookUrl('race'), secret }]);
    const leads = [];
    for (let i = 0; i < 12; i++) leads.push(await storeLead(form, answers(`race${i}@example.com`), new Date(base)));

    for (let round = 0; round < 3; round++) {
      await Promise.all([1, 2, 3].map(() => sweepOutbox(env, secondsAfter(base, 1), pinned)));
    }
    const received = await deliveriesTo('race');
    expect(received).toHaveLength(12);
    expect(new Set(received.map((delivery) => delivery.id)).size).toBe(12);
    for (const leadId of leads) expect((await outboxRow(leadId, 'crm')).status).toBe('delivered');
  });

  it('does not let a failing endpoint’s backlog crowd another out of a sweep, nor spend the sweep on it', async () => {
    const base = clock(5);
    await configureHook('backlog', { otherwise: { status: 500 } });
    await configureHook('solo', {});
    const busy = webhookForm('wh-backlog', [{ id: 'jam', url: hookUrl('backlog'), format: 'slack' }]);
    const quiet = webhookForm('wh-solo', [{ id: 'solo', url: hookUrl('solo'), format: 'discord' }]);
    for (let i = 0; i < 25; i++) await storeLead(busy, answers(`jam${i}@example.com`), new Date(base));
    const soloLead = await storeLead(quiet, answers('solo@example.com'), secondsAfter(base, 1));

    const summary = await sweepOutbox(env, secondsAfter(base, 2), pinned);
    const tried = (await deliveriesTo('backlog')).length;
    // The first failures take the endpoint out of the sweep; only attempts already in flight still go.
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThanOrEqual(DELIVERY_CONCURRENCY);
    expect(summary.claimed - tried).toBe(1);
    expect((await outboxRow(soloLead, 'solo')).status).toBe('delivered');
  });
});

describe('what a receiver answers', () => {
  it('disables an endpoint that answers 410, tells the owner, and leaves the other endpoints alone', async () => {
    const base = clock(6);
    const logged = vi.spyOn(console, 'error');
    await configureHook('gone', { otherwise: { status: 410 } });
    await configureHook('gone-neighbour', { secret: TEST_SECRET });
    const form = webhookForm('wh-gone', [
      { id: 'gone', url: hookUrl('gone'), secret },
      { id: 'neighbour', url: hookUrl('gone-neighbour'), secret },
    ]);
    const first = await storeLead(form, answers('gone1@example.com'), new Date(base));
    await sweepOutbox(env, new Date(base), pinned);

    expect(await outboxRow(first, 'gone')).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await outboxRow(first, 'gone')).last_error).toContain('410 Gone');
    expect((await endpointState('wh-gone', 'gone'))?.disabled_reason).toContain('410 Gone');
    expect(logged).toHaveBeenCalledWith('webhook endpoint disabled', expect.objectContaining({ endpoint: 'gone' }));
    expect((await outboxRow(first, 'neighbour')).status).toBe('delivered');

    const second = await storeLead(form, answers('gone2@example.com'), secondsAfter(base, 60));
    await sweepOutbox(env, secondsAfter(base, 60), pinned);
    expect((await outboxRow(second, 'gone')).last_error).toMatch(/^Not sent: the endpoint is disabled/);
    expect(await deliveriesTo('gone')).toHaveLength(1);
    expect((await outboxRow(second, 'neighbour')).status).toBe('delivered');
    expect(logged.mock.calls.filter(([message]) => message === 'webhook endpoint disabled')).toHaveLength(1);

    // The owner fixes the receiver, enables the endpoint and recovers what failed meanwhile.
    await configureHook('gone', { secret: TEST_SECRET });
    expect(await enableEndpoint(env.DB, 'wh-gone', 'gone')).toBe(true);
    expect(await recoverFailed(env.DB, new Date(base), secondsAfter(base, 120), { formSlug: 'wh-gone' })).toBe(2);
    await sweepOutbox(env, secondsAfter(base, 120), pinned);
    const ids = [(await outboxRow(first, 'gone')).id, (await outboxRow(second, 'gone')).id];
    expect((await deliveriesTo('gone')).map((delivery) => delivery.id).sort()).toEqual(ids.sort());
  });

  it('counts a redirect as a failure and never follows it', async () => {
    const base = clock(7);
    await configureHook('moved', { replies: [{ status: 302, headers: { location: hookUrl('moved-target') } }] });
    const form = webhookForm('wh-moved', [{ id: 'crm', url: hookUrl('moved'), secret }]);
    const leadId = await storeLead(form, answers('moved@example.com'), new Date(base));
    await sweepOutbox(env, new Date(base), pinned);

    const row = await outboxRow(leadId, 'crm');
    expect(row).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: base + 5000 });
    expect(row.last_error).toContain('redirects are not followed');
    expect(await attemptsOf(row.id)).toMatchObject([{ http_status: 302, decision: 'retry' }]);
    expect(await deliveriesTo('moved-target')).toHaveLength(0);
  });

  it('waits as long as Retry-After asks on 429 and 503, in seconds or as a date', async () => {
    const base = clock(8);
    const twoHoursLater = new Date(base + 2 * 3600_000).toUTCString();
    await configureHook('busy', { replies: [{ status: 429, headers: { 'retry-after': '3600' } }] });
    await configureHook('maintenance', { replies: [{ status: 503, headers: { 'retry-after': twoHoursLater } }] });
    const form = webhookForm('wh-retry-after', [
      { id: 'busy', url: hookUrl('busy'), secret },
      { id: 'maintenance', url: hookUrl('maintenance'), secret },
    ]);
    const leadId = await storeLead(form, answers('busy@example.com'), new Date(base));

    await sweepOutbox(env, new Date(base), pinned);
    expect((await outboxRow(leadId, 'busy')).next_attempt_at).toBe(base + 3600_000);
    expect((await outboxRow(leadId, 'maintenance')).next_attempt_at).toBe(base + 7200_000);
    await sweepOutbox(env, secondsAfter(base, 5), pinned);
    await sweepOutbox(env, secondsAfter(base, 300), pinned);
    expect(await deliveriesTo('busy')).toHaveLength(1);
    await sweepOutbox(env, secondsAfter(base, 3600), pinned);
    expect((await outboxRow(leadId, 'busy')).status).toBe('delivered');
    expect((await outboxRow(leadId, 'maintenance')).status).toBe('pending');
    await sweepOutbox(env, secondsAfter(base, 7200), pinned);
    expect((await outboxRow(leadId, 'maintenance')).status).toBe('delivered');
  });

  it('gives up on an attempt after the timeout and retries it on schedule', async () => {
    const base = clock(9);
    await configureHook('slow', { secret: TEST_SECRET, replies: [{ status: 200, delayMs: 1500 }] });
    const form = webhookForm('wh-slow', [{ id: 'crm', url: hookUrl('slow'), secret }]);
    const leadId = await storeLead(form, answers('slow@example.com'), new Date(base));

    await sweepOutbox(env, new Date(base), { ...pinned, timeoutMs: 300 });
    const row = await outboxRow(leadId, 'crm');
    expect(row).toMatchObject({ status: 'pending', next_attempt_at: base + 5000 });
    const [attempt] = await attemptsOf(row.id);
    expect(attempt).toMatchObject({ http_status: null, error: 'no response within 300 ms', decision: 'retry' });
    expect(attempt?.duration_ms).toBeGreaterThanOrEqual(250);
    expect(attempt?.duration_ms).toBeLessThan(1500);

    await sweepOutbox(env, secondsAfter(base, 5), pinned);
    expect((await outboxRow(leadId, 'crm')).status).toBe('delivered');
    // The receiver saw both requests under one id, so it can tell the second is no new lead.
    expect(new Set((await deliveriesTo('slow')).map((delivery) => delivery.id))).toEqual(new Set([row.id]));
  });

  it('keeps the start of the response body in the log, at most 2 KB', async () => {
    const base = clock(10);
    await configureHook('chatty', { replies: [{ status: 500, body: 'x'.repeat(10_000) }] });
    const form = webhookForm('wh-chatty', [{ id: 'crm', url: hookUrl('chatty'), secret }]);
    const leadId = await storeLead(form, answers('chatty@example.com'), new Date(base));
    await sweepOutbox(env, new Date(base), pinned);
    const [attempt] = await attemptsOf((await outboxRow(leadId, 'crm')).id);
    expect(attempt?.http_status).toBe(500);
    expect(attempt?.response_body).toBe('x'.repeat(RESPONSE_BODY_LOG_BYTES));
  });

  it('signs every attempt afresh: same webhook-id, new timestamp and signature', async () => {
    const base = clock(11);
    await configureHook('fresh', { secret: TEST_SECRET, replies: [{ status: 500 }] });
    const form = webhookForm('wh-fresh', [{ id: 'crm', url: hookUrl('fresh'), secret }]);
    await storeLead(form, answers('fresh@example.com'), new Date(base));
    await sweepOutbox(env, new Date(base), pinned);
    // webhook-timestamp has whole seconds, so the attempts are made more than a second apart.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await sweepOutbox(env, secondsAfter(base, 5), pinned);

    const [first, second] = await deliveriesTo('fresh');
    expect(second?.id).toBe(first?.id);
    expect(Number(second?.timestamp)).toBeGreaterThan(Number(first?.timestamp));
    expect(second?.signature).not.toBe(first?.signature);
    expect([first?.verified, second?.verified]).toEqual([true, true]);
  });
});

describe('when every attempt fails', () => {
  it('marks the delivery failed after the last attempt; a replay sends it again with the same id', async () => {
    const base = clock(12);
    await configureHook('dead', { otherwise: { status: 500 } });
    const form = webhookForm('wh-dead', [{ id: 'crm', url: hookUrl('dead'), secret }]);
    const leadId = await storeLead(form, answers('dead@example.com'), new Date(base));
    for (const seconds of RETRY_SCHEDULE_SECONDS) await sweepOutbox(env, secondsAfter(base, seconds), pinned);

    const row = await outboxRow(leadId, 'crm');
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(row.last_error).toContain(`Every one of the ${MAX_ATTEMPTS} attempts`);
    expect(await deliveriesTo('dead')).toHaveLength(MAX_ATTEMPTS);

    await configureHook('dead', { secret: TEST_SECRET });
    const replayAt = secondsAfter(base, 2 * 86_400);
    expect(await replayDelivery(env.DB, row.id, replayAt)).toEqual({ ok: true });
    expect(await replayDelivery(env.DB, 'msg_nothing', replayAt)).toEqual({ ok: false, reason: 'not_found' });
    await sweepOutbox(env, replayAt, pinned);
    expect(await outboxRow(leadId, 'crm')).toMatchObject({ status: 'delivered', attempts: 1 });
    const [replayed] = await deliveriesTo('dead');
    expect(replayed).toMatchObject({ id: row.id, verified: true });
    expect(await attemptsOf(row.id)).toHaveLength(MAX_ATTEMPTS + 1);
  });

  it('disables an endpoint that has failed for days and tells the owner', async () => {
    const base = clock(13);
    const logged = vi.spyOn(console, 'error');
    await configureHook('flaky', { otherwise: { status: 500 } });
    const form = webhookForm('wh-failing', [{ id: 'crm', url: hookUrl('flaky'), secret }]);
    await storeLead(form, answers('failing1@example.com'), new Date(base));
    await sweepOutbox(env, new Date(base), pinned);
    expect((await endpointState('wh-failing', 'crm'))?.failing_since).toBe(base);

    const later = secondsAfter(base, 3 * 86_400);
    const leadId = await storeLead(form, answers('failing2@example.com'), later);
    await sweepOutbox(env, later, pinned);
    const state = await endpointState('wh-failing', 'crm');
    expect(state?.disabled_reason).toContain('over 3 days');
    const told = logged.mock.calls.filter(([message]) => message === 'webhook endpoint disabled');
    expect(told).toEqual([['webhook endpoint disabled', expect.objectContaining({ form: 'wh-failing' })]]);

    await sweepOutbox(env, secondsAfter(base, 3 * 86_400 + 300), pinned);
    expect((await outboxRow(leadId, 'crm')).last_error).toMatch(/^Not sent: the endpoint is disabled/);
  });
});

describe('a receiver using the standardwebhooks package', () => {
  it('verifies a delivery signed during a secret rotation with either secret', async () => {
    const base = clock(14);
    const newSecret = `whsec_${btoa('n'.repeat(32))}`;
    await configureHook('rotating-old', { secret: TEST_SECRET });
    await configureHook('rotating-new', { secret: newSecret });
    const form = webhookForm('wh-rotating', [
      { id: 'old', url: hookUrl('rotating-old'), secret: 'ROTATING_SECRET' },
      { id: 'new', url: hookUrl('rotating-new'), secret: 'ROTATING_SECRET' },
    ]);
    await storeLead(form, answers('rotating@example.com'), new Date(base));
    await sweepOutbox({ ...env, ROTATING_SECRET: `${newSecret} ${TEST_SECRET}` } as Env, new Date(base), pinned);

    const [old] = await deliveriesTo('rotating-old');
    const [fresh] = await deliveriesTo('rotating-new');
    expect(old?.signature.split(' ')).toHaveLength(2);
    expect([old?.verified, fresh?.verified]).toEqual([true, true]);
    expect(() =>
      new Webhook(`whsec_${btoa('x'.repeat(32))}`).verify(old?.body ?? '', {
        'webhook-id': old?.id ?? '',
        'webhook-timestamp': old?.timestamp ?? '',
        'webhook-signature': old?.signature ?? '',
      }),
    ).toThrow('No matching signature found');
  });
});

describe('right after a submission (the waitUntil task)', () => {
  it('makes the 5-second retry itself, claiming the row from the outbox again', async () => {
    await configureHook('inline', { secret: TEST_SECRET, replies: [{ status: 503 }] });
    const form = webhookForm('wh-inline', [{ id: 'crm', url: hookUrl('inline'), secret }]);
    const leadId = await storeLead(form, answers('inline@example.com'), new Date());
    await deliverLeadNow(env, leadId, pinned);

    const [first, second, ...more] = await deliveriesTo('inline');
    expect(more).toHaveLength(0);
    expect(second?.id).toBe(first?.id);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(4900);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeLessThan(6500);
    expect(await outboxRow(leadId, 'crm')).toMatchObject({ status: 'delivered', attempts: 2 });
  }, 15_000);
});
