import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DELIVERY_CONCURRENCY, SWEEP_BUDGETS } from '../../../functions/outbox/retryPolicy';
import { sweepOutbox } from '../../../functions/outbox/sweepOutbox';
import { closeListener, configureHook, deliveriesTo, hookUrl, openListener } from './receiver/receiver';
import { NO_JITTER } from './webhookFixtures';

const MINUTE = 60_000;

/** `count` pending deliveries of one endpoint, each of its own lead, all due at `due`: a backlog as an outage leaves it. */
async function backlog(form: string, endpoint: string, url: string, count: number, due: number): Promise<void> {
  await env.DB.prepare(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?1)
     insert into leads (id, form_slug, form_version, answers, status, created_at, screening)
     select ?2 || '-' || i, ?2, 'v1', '{}', 'new', ?3, 'clean' from n`,
  )
    .bind(count, `${form}-${endpoint}`, due)
    .run();
  await env.DB.prepare(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?1)
     insert into webhook_outbox (id, lead_id, form_slug, endpoint, event, channel, seq, target, payload,
                                 first_scheduled_at, next_attempt_at, created_at)
     select 'msg_' || ?2 || '_' || i, ?2 || '-' || i, ?3, ?4, 'lead.created', 'webhook', 1, ?5,
            json_object('n', i), ?6, ?6, ?6 from n`,
  )
    .bind(count, `${form}-${endpoint}`, form, endpoint, JSON.stringify({ url, format: 'standard' }), due)
    .run();
}

async function pending(form: string): Promise<number> {
  const row = await env.DB.prepare(
    "select count(*) as n from webhook_outbox where form_slug = ? and status = 'pending'",
  )
    .bind(form)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Runs the cron once a minute from `start` until nothing of `form` is pending; returns how many runs it took. */
async function drain(form: string, start: number, plan: keyof typeof SWEEP_BUDGETS): Promise<number> {
  let runs = 0;
  while ((await pending(form)) > 0) {
    await sweepOutbox(env, new Date(start + runs * MINUTE), { random: NO_JITTER, budget: SWEEP_BUDGETS[plan] });
    runs++;
    if (runs > 500) throw new Error(`${form} still has ${await pending(form)} pending after 500 runs`);
  }
  return runs;
}

describe('draining a backlog of 2,400 deliveries (a cron run a minute)', () => {
  it.each([
    ['free', Date.UTC(2310, 0, 1)],
    ['paid', Date.UTC(2320, 0, 1)],
  ] as const)(
    'on Workers %s, every one delivered once, fairly across four endpoints',
    async (plan, start) => {
      const form = `drain-${plan}`;
      const endpoints = ['a', 'b', 'c', 'd'];
      for (const endpoint of endpoints) {
        await configureHook(`${form}-${endpoint}`, {});
        await backlog(form, endpoint, hookUrl(`${form}-${endpoint}`), 600, start);
      }
      const budget = SWEEP_BUDGETS[plan].deliveries;
      // The first run shares its budget evenly: no endpoint waits behind another's backlog.
      await sweepOutbox(env, new Date(start), { random: NO_JITTER, budget: SWEEP_BUDGETS[plan] });
      for (const endpoint of endpoints) expect(await deliveriesTo(`${form}-${endpoint}`)).toHaveLength(budget / 4);
      const runs = 1 + (await drain(form, start + MINUTE, plan));
      expect(runs).toBe(Math.ceil(2400 / budget));
      for (const endpoint of endpoints) {
        const received = await deliveriesTo(`${form}-${endpoint}`);
        expect(received).toHaveLength(600);
        expect(new Set(received.map((delivery) => delivery.id)).size).toBe(600);
      }
      console.log(`drain: 2,400 deliveries on Workers ${plan} took ${runs} cron runs, about ${runs} minutes`);
    },
    120_000,
  );

  it('spends at most a handful of attempts a run on an endpoint that is down, so the others drain on time', async () => {
    const start = Date.UTC(2330, 0, 1);
    const port = await openListener();
    await closeListener(port);
    await configureHook('drain-healthy', {});
    await backlog('drain-mixed', 'dead', hookUrl('drain-dead', port), 2000, start);
    await backlog('drain-mixed', 'healthy', hookUrl('drain-healthy'), 200, start);
    let runs = 0;
    const attemptsOnDead: number[] = [];
    while ((await deliveriesTo('drain-healthy')).length < 200 && runs < 100) {
      const before = await deadAttempts();
      await sweepOutbox(env, new Date(start + runs * MINUTE), { random: NO_JITTER, budget: SWEEP_BUDGETS.free });
      attemptsOnDead.push((await deadAttempts()) - before);
      runs++;
    }
    expect(Math.max(...attemptsOnDead)).toBeLessThanOrEqual(DELIVERY_CONCURRENCY);
    // Without the dead endpoint's backlog it would take ceil(200 / 40) runs; it may cost one round a run.
    expect(runs).toBeLessThanOrEqual(Math.ceil(200 / (SWEEP_BUDGETS.free.deliveries - DELIVERY_CONCURRENCY)));
  }, 120_000);
});

async function deadAttempts(): Promise<number> {
  const row = await env.DB.prepare(
    "select count(*) as n from webhook_attempts a join webhook_outbox o on o.id = a.outbox_id where o.endpoint = 'dead'",
  ).first<{ n: number }>();
  return row?.n ?? 0;
}
