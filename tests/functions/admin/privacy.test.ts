import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { enforceRetention } from '../../../functions/admin/privacy/enforceRetention';
import { listForms } from '../../../functions/forms/listForms';
import { post, quoteAnswers } from '../helpers';
import worker from '../testWorker';
import { adminFetch, signIn } from './adminSession';

async function newLead(email: string, phone = '+44 20 7946 0958'): Promise<string> {
  const response = await post(
    '/api/forms/quote/submissions',
    JSON.stringify({ ...quoteAnswers(email), phone }),
    'application/json',
  );
  return (await response.json<{ id: string }>()).id;
}

/** What a webhook delivery of the lead leaves behind: an outbox payload and a logged response body. */
async function addDelivery(leadId: string, email: string) {
  const now = Date.now();
  await env.DB.prepare(
    `insert into webhook_outbox (id, lead_id, form_slug, endpoint, event, target, payload, first_scheduled_at, next_attempt_at, created_at)
     values (?, ?, 'quote', 'crm', 'lead.created', '{}', ?, ?, ?, ?)`,
  )
    .bind(`out-${leadId}`, leadId, JSON.stringify({ data: { email } }), now, now, now)
    .run();
  await env.DB.prepare(
    `insert into webhook_attempts (outbox_id, attempt, started_at, duration_ms, http_status, response_body, decision)
     values (?, 1, ?, 5, 200, ?, 'delivered')`,
  )
    .bind(`out-${leadId}`, now, `stored ${email}`)
    .run();
}

async function traces(email: string): Promise<number> {
  const like = `%${email}%`; // SQLite's LIKE ignores ASCII case
  const row = await env.DB.prepare(
    `select (select count(*) from leads where answers like ?1)
          + (select count(*) from webhook_outbox where payload like ?1)
          + (select count(*) from webhook_attempts where response_body like ?1)
          + (select count(*) from lead_events where note like ?1)
          + (select count(*) from lead_revisions where answers like ?1)
          + (select count(*) from partial_leads where answers like ?1) as n`,
  )
    .bind(like)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("one person's data", () => {
  it('is found by email, whatever its case, with notes, and downloadable as JSON', async () => {
    const session = await signIn();
    const id = await newLead('Find.Me@Example.com');
    await adminFetch(`/api/admin/leads/${id}/notes`, session, { method: 'POST', body: { note: 'prefers email' } });
    const response = await adminFetch('/api/admin/people?email=FIND.me@example.COM&download=1', session);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="formwell-person-/);
    const body = await response.json<{
      person: string;
      leads: { lead: { id: string }; events: { note: string }[] }[];
    }>();
    expect(body.person).toBe('find.me@example.com');
    expect(body.leads.map((record) => record.lead.id)).toEqual([id]);
    expect(body.leads[0]?.events.map((event) => event.note)).toEqual(['prefers email']);
  });

  it('is found by phone in any format that reads as the same E.164 number', async () => {
    const session = await signIn();
    const id = await newLead('phone.person@example.com', '+1 415 555 0132');
    const body = await (await adminFetch('/api/admin/people?phone=%2B1%20(415)%20555-0132', session)).json<{
      leads: { lead: { id: string } }[];
    }>();
    expect(body.leads.map((record) => record.lead.id)).toContain(id);
  });

  it('is erased everywhere: leads, notes, earlier answers, unfinished fills, webhook payloads and delivery bodies', async () => {
    const session = await signIn();
    const email = 'erase.me@example.com';
    const submitted = await newLead(email);
    // An older lead of the same person from before intake kept contact columns: found by its answers.
    const older = 'erase-older-lead';
    await env.DB.prepare(
      "insert into leads (id, form_slug, form_version, answers, created_at) values (?, 'contact', 'v', ?, 1)",
    )
      .bind(older, JSON.stringify({ name: 'Erin', email: 'Erase.Me@example.com' }))
      .run();
    const bystander = await newLead('keep.me@example.com');
    for (const id of [submitted, older]) {
      await adminFetch(`/api/admin/leads/${id}/notes`, session, {
        method: 'POST',
        body: { note: `wrote from ${email}` },
      });
      await addDelivery(id, email);
    }
    await env.DB.prepare(
      "insert into lead_revisions (id, lead_id, form_version, answers, results, submitted_at, replaced_at) values ('erase-rev', ?, 'v', ?, '{}', 1, 2)",
    )
      .bind(submitted, JSON.stringify({ email }))
      .run();
    await env.DB.prepare(
      "insert into partial_leads (id, form_slug, form_version, answers, steps, contact_email, consent, created_at, updated_at, expires_at) values ('erase-partial', 'demo', 'v', ?, '[]', ?, '[]', 1, 1, 9999999999999)",
    )
      .bind(JSON.stringify({ email }), email)
      .run();
    const before = await traces(email);
    expect(before).toBeGreaterThanOrEqual(8);

    const response = await adminFetch('/api/admin/people/erase', session, { method: 'POST', body: { email } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ erased: 2 });
    expect(await traces(email)).toBe(0);
    expect((await adminFetch(`/api/admin/leads/${bystander}`, session)).status).toBe(200);
  });

  it('is not erased by a request without the CSRF token', async () => {
    const session = await signIn();
    await newLead('not.erased@example.com');
    const before = await traces('not.erased@example.com');
    expect(before).toBeGreaterThan(0);
    const response = await adminFetch(
      '/api/admin/people/erase',
      { ...session, csrfToken: 'forged' },
      {
        method: 'POST',
        body: { email: 'not.erased@example.com' },
      },
    );
    expect(response.status).toBe(403);
    expect(await traces('not.erased@example.com')).toBe(before);
  });

  it('answers 400 to an address that is not one', async () => {
    const session = await signIn();
    expect((await adminFetch('/api/admin/people?email=nobody', session)).status).toBe(400);
    expect((await adminFetch('/api/admin/people', session)).status).toBe(400);
  });
});

describe('retention', () => {
  it("erases only the leads older than their form's retentionDays, from the scheduled handler", async () => {
    const day = 86_400_000;
    const now = Date.UTC(2026, 10, 24, 3);
    const insert = (id: string, form: string, age: number) =>
      env.DB.prepare("insert into leads (id, form_slug, form_version, answers, created_at) values (?, ?, 'v', '{}', ?)")
        .bind(id, form, now - age)
        .run();
    // The newsletter template keeps leads for 365 days; the quote template sets no retention.
    await insert('old-newsletter', 'newsletter', 400 * day);
    await insert('young-newsletter', 'newsletter', 30 * day);
    await insert('old-quote', 'quote', 4000 * day);
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(now), cron: '*/5 * * * *' }), env);
    const { results } = await env.DB.prepare(
      "select id from leads where id in ('old-newsletter', 'young-newsletter', 'old-quote') order by id",
    ).all<{ id: string }>();
    expect(results.map((row) => row.id)).toEqual(['old-quote', 'young-newsletter']);
    expect(await enforceRetention(env.DB, await listForms(env), new Date(now))).toBe(0);
  });
});
