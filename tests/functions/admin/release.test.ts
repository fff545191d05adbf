import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { saveNewLead } from '../../../functions/submissions/submit/saveLead';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { ORIGIN } from '../helpers';
import { answers, outboxOf, publishForTest, webhookForm } from '../webhooks/webhookFixtures';
import { adminFetch, signIn } from './adminSession';

const chat = [{ id: 'team-chat', url: 'https://hooks.slack.com/services/T0/B0/y', format: 'slack' as const }];

async function spamLead(slug: string, email: string) {
  const form = webhookForm(slug, chat, {
    notify: { email: true },
    reply: { subject: 'Hi {name}', body: 'Thanks, {name}.' },
  });
  publishForTest(form);
  const verdict = validateAnswers(form, answers(email));
  if (!verdict.ok) throw new Error('test answers are invalid');
  const id = await saveNewLead(env, form, verdict.answers, evaluateResults(form, verdict.answers), new Date(), {
    columns: { screening: 'spam', screeningReason: 'filled in 1.0 s (minimum 1.5 s)' },
  });
  return id;
}

describe('releasing a lead screening kept back', () => {
  it('makes it a clean lead and sends what a new lead gets, once', async () => {
    const id = await spamLead('release-spam', 'autofill.fast@example.com');
    expect(await outboxOf(id)).toEqual([]);
    const session = await signIn();
    const released = await adminFetch(`/api/admin/leads/${id}/release`, session, { method: 'POST', body: {} });
    expect(released.status).toBe(200);
    expect(await released.json()).toEqual({ screening: 'clean' });
    const rows = await outboxOf(id);
    expect(rows.map((row) => `${row.event} ${row.endpoint}`).sort()).toEqual([
      'lead.created email:owner',
      'lead.created email:reply',
      'lead.created team-chat',
    ]);
    const lead = await env.DB.prepare('select screening, screening_reason from leads where id = ?').bind(id).first();
    expect(lead).toEqual({ screening: 'clean', screening_reason: null });
    // Released once: a second press changes and sends nothing.
    const again = await adminFetch(`/api/admin/leads/${id}/release`, session, { method: 'POST', body: {} });
    expect(await again.json()).toEqual({ screening: 'clean', unchanged: true });
    expect(await outboxOf(id)).toHaveLength(3);
  });

  it('queues everything exactly once when the button is pressed five times at once', async () => {
    const id = await spamLead('release-race', 'race.release@example.com');
    const session = await signIn();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        adminFetch(`/api/admin/leads/${id}/release`, session, { method: 'POST', body: {} }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await outboxOf(id)).toHaveLength(3);
    const notes = await env.DB.prepare("select count(*) as n from lead_events where lead_id = ? and kind = 'note'")
      .bind(id)
      .first<{ n: number }>();
    expect(notes?.n).toBe(1);
  });

  it('is the owner’s alone: signed out or without the CSRF token, nothing changes', async () => {
    const id = await spamLead('release-guarded', 'guarded@example.com');
    const anonymous = await exports.default.fetch(
      new Request(`${ORIGIN}/api/admin/leads/${id}/release`, { method: 'POST', headers: { origin: ORIGIN } }),
    );
    expect(anonymous.status).toBe(401);
    const session = await signIn();
    const forged = await adminFetch(
      `/api/admin/leads/${id}/release`,
      { ...session, csrfToken: 'wrong' },
      {
        method: 'POST',
        body: {},
      },
    );
    expect(forged.status).toBe(403);
    expect(await outboxOf(id)).toEqual([]);
  });
});

describe('the spam and held review', () => {
  it('lists only kept-back leads, with their reasons, and keeps them out of the inbox', async () => {
    const id = await spamLead('review-list', 'kept.back@example.com');
    const session = await signIn();
    const inbox = await (await adminFetch('/api/admin/leads?form=review-list', session)).json<LeadList>();
    expect(inbox.leads.map((lead) => lead.id)).not.toContain(id);
    const review = await (
      await adminFetch('/api/admin/leads?form=review-list&screening=review', session)
    ).json<LeadList>();
    expect(review.leads.map((lead) => [lead.id, lead.screeningReason])).toEqual([
      [id, 'filled in 1.0 s (minimum 1.5 s)'],
    ]);
    const bad = await adminFetch('/api/admin/leads?screening=maybe', session);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: { screening: 'use clean, review, spam, held or all' } });
  });

  it('deletes a spam lead with what copies it, and refuses to delete a real lead here', async () => {
    const id = await spamLead('review-delete', 'delete.me@example.com');
    const session = await signIn();
    const deleted = await adminFetch(`/api/admin/leads/${id}/delete`, session, { method: 'POST', body: {} });
    expect(deleted.status).toBe(200);
    expect(await env.DB.prepare('select id from leads where id = ?').bind(id).first()).toBeNull();
    // A second click finds nothing to delete.
    expect((await adminFetch(`/api/admin/leads/${id}/delete`, session, { method: 'POST', body: {} })).status).toBe(404);

    const kept = await spamLead('review-keep', 'keep.me@example.com');
    await adminFetch(`/api/admin/leads/${kept}/release`, session, { method: 'POST', body: {} });
    const refused = await adminFetch(`/api/admin/leads/${kept}/delete`, session, { method: 'POST', body: {} });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'lead_not_screened' } });
    expect(await env.DB.prepare('select screening from leads where id = ?').bind(kept).first()).toEqual({
      screening: 'clean',
    });
  });

  it('deletes only with the session and its CSRF token', async () => {
    const id = await spamLead('review-guard', 'guard.delete@example.com');
    const anonymous = await exports.default.fetch(
      new Request(`${ORIGIN}/api/admin/leads/${id}/delete`, { method: 'POST', headers: { origin: ORIGIN } }),
    );
    expect(anonymous.status).toBe(401);
    const session = await signIn();
    const forged = await adminFetch(
      `/api/admin/leads/${id}/delete`,
      { ...session, csrfToken: 'wrong' },
      {
        method: 'POST',
        body: {},
      },
    );
    expect(forged.status).toBe(403);
    expect(await env.DB.prepare('select id from leads where id = ?').bind(id).first()).toEqual({ id });
  });
});

interface LeadList {
  leads: { id: string; screeningReason: string | null }[];
}
