import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readPartialLead } from '../../../functions/db/readPartialLead';
import { resumeLink } from '../../../functions/submissions/partials/resumeLink';
import { readResumeToken, signResumeToken } from '../../../functions/submissions/partials/resumeToken';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { adminFetch, signIn } from '../admin/adminSession';
import { ORIGIN } from '../helpers';
import { answersFor, intakeForm, leadsOf, submitJson } from './intakeFixtures';

const SECRET = 'test-form-token-secret';
const steps: Partial<FormInput> = {
  steps: [
    { id: 'contact', title: 'Contact', fields: ['name', 'email', 'phone', 'consent'] },
    { id: 'plan', title: 'Plan', fields: ['plan', 'marketing'] },
  ],
  partialLeads: { consent: 'consent' },
};

function beacon(slug: string, body: Record<string, unknown>): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${slug}/partials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

describe('partial leads', () => {
  it('keeps the valid steps of a visitor who left after giving contact details and consent', async () => {
    intakeForm('partial-kept', steps);
    const id = crypto.randomUUID();
    const response = await beacon('partial-kept', {
      name: 'Ada',
      email: 'Left@Example.com',
      consent: true,
      plan: 'gold',
      _partial: id,
    });
    expect(response.status).toBe(202);
    const partial = await readPartialLead(env.DB, 'partial-kept', id, new Date());
    expect(partial).toMatchObject({
      answers: { name: 'Ada', email: 'Left@example.com', consent: true },
      steps: ['contact'],
      contactEmail: 'left@example.com',
      completedLeadId: null,
    });
    expect(partial?.consent[0]).toMatchObject({ field: 'consent', version: '2026-11-01' });
    expect(partial?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(await leadsOf('partial-kept')).toHaveLength(0);
  });

  it('keeps the valid answers of the unfinished step, such as a consent ticked there', async () => {
    intakeForm('partial-midstep', {
      steps: [
        { id: 'contact', title: 'Contact', fields: ['name', 'email', 'phone'] },
        { id: 'plan', title: 'Plan', fields: ['plan', 'consent', 'marketing'] },
      ],
      partialLeads: { consent: 'consent' },
    });
    const id = crypto.randomUUID();
    const body = { name: 'Ada', phone: '020 7946 0958', consent: true, plan: 'gold', _partial: id };
    expect((await beacon('partial-midstep', body)).status).toBe(202);
    const partial = await readPartialLead(env.DB, 'partial-midstep', id, new Date());
    expect(partial?.steps).toEqual(['contact']);
    expect(partial?.answers).toEqual({ name: 'Ada', phone: '+442079460958', consent: true, marketing: false });
    expect(partial?.contactPhone).toBe('+442079460958');
  });

  it('updates the same partial lead from a later beacon of the same fill', async () => {
    intakeForm('partial-update', steps);
    const id = crypto.randomUUID();
    await beacon('partial-update', { name: 'Ada', email: 'up@example.com', consent: true, _partial: id });
    await beacon('partial-update', {
      name: 'Ada',
      email: 'up@example.com',
      consent: true,
      plan: 'basic',
      _partial: id,
    });
    const partial = await readPartialLead(env.DB, 'partial-update', id, new Date());
    expect(partial?.steps).toEqual(['contact', 'plan']);
    expect(partial?.answers.plan).toBe('basic');
  });

  it.each([
    ['without consent', { name: 'Ada', email: 'noconsent@example.com' }],
    ['without contact details', { name: 'Ada', consent: true }],
    ['with invalid contact details', { name: 'Ada', email: 'not-an-email', consent: true }],
  ])('keeps nothing %s', async (_, answers) => {
    intakeForm('partial-refused', steps);
    const id = crypto.randomUUID();
    expect((await beacon('partial-refused', { ...answers, _partial: id })).status).toBe(422);
    expect(await readPartialLead(env.DB, 'partial-refused', id, new Date())).toBeUndefined();
  });

  it('keeps nothing for a form that does not keep partial leads (off by default)', async () => {
    intakeForm('partial-off', { steps: steps.steps ?? [] });
    const response = await beacon('partial-off', {
      name: 'Ada',
      email: 'off@example.com',
      consent: true,
      _partial: crypto.randomUUID(),
    });
    expect(response.status).toBe(422);
  });

  it('marks the partial lead completed when the same person finishes the form', async () => {
    intakeForm('partial-done', steps);
    const id = crypto.randomUUID();
    await beacon('partial-done', { name: 'Ada', email: 'done@example.com', consent: true, _partial: id });
    const { id: leadId } = await (await submitJson('partial-done', answersFor('done@example.com'))).json<{
      id: string;
    }>();
    expect((await readPartialLead(env.DB, 'partial-done', id, new Date()))?.completedLeadId).toBe(leadId);
  });

  it('signs resume links that name the partial lead until they expire, for their form only', async () => {
    const form = intakeForm('partial-link', steps);
    const id = crypto.randomUUID();
    await beacon('partial-link', { name: 'Ada', email: 'link@example.com', consent: true, _partial: id });
    const partial = await readPartialLead(env.DB, 'partial-link', id, new Date());
    if (!partial) throw new Error('partial lead not kept');
    const link = new URL(await resumeLink(SECRET, 'https://forms.example', form, partial));
    expect(`${link.origin}${link.pathname}`).toBe('https://forms.example/f/partial-link/resume');
    const token = link.searchParams.get('t') ?? '';
    expect(await readResumeToken(SECRET, 'partial-link', token, Date.now())).toBe(id);
    expect(await readResumeToken(SECRET, 'quote', token, Date.now())).toBeUndefined();
    expect(await readResumeToken(SECRET, 'partial-link', token, partial.expiresAt.getTime() + 1)).toBeUndefined();
    expect(await readResumeToken('another-secret', 'partial-link', token, Date.now())).toBeUndefined();
    const tampered = await signResumeToken(SECRET, 'partial-link', crypto.randomUUID(), partial.expiresAt.getTime());
    expect(
      await readResumeToken(SECRET, 'partial-link', `${id}.${tampered.split('.').slice(1).join('.')}`, Date.now()),
    ).toBeUndefined();
  });
});

describe('partial leads, for the owner', () => {
  interface Listed {
    open: number;
    finished: number;
    partials: { id: string; link: string; resumeSentAt: string | null; completedLeadId: string | null }[];
  }

  it('lists a form’s unfinished fills with their resume links, emails the link once, and shows when one becomes a lead', async () => {
    intakeForm('partial-owner', steps);
    const emailed = crypto.randomUUID();
    const phoned = crypto.randomUUID();
    await beacon('partial-owner', { name: 'Ada', email: 'ada.left@example.com', consent: true, _partial: emailed });
    await beacon('partial-owner', { name: 'Bo', phone: '+44 7911 123456', email: '', consent: true, _partial: phoned });
    const session = await signIn();
    const listed = await (await adminFetch('/api/admin/forms/partial-owner/partials', session)).json<Listed>();
    expect(listed.open).toBe(2);
    const byId = new Map(listed.partials.map((partial) => [partial.id, partial]));
    const link = byId.get(emailed)?.link ?? '';
    expect(link).toMatch(/^https:\/\/formwell\.test\/f\/partial-owner\/resume\?t=/);
    expect(await readResumeToken(SECRET, 'partial-owner', new URL(link).searchParams.get('t') ?? '', Date.now())).toBe(
      emailed,
    );

    // Pressed three times at once: one email.
    const presses = await Promise.all(
      [1, 2, 3].map(() =>
        adminFetch(`/api/admin/forms/partial-owner/partials/${emailed}/send`, session, { method: 'POST', body: {} }),
      ),
    );
    const outcomes = await Promise.all(
      presses.map((press) => press.json<{ sent?: boolean; error?: { code: string } }>()),
    );
    expect(outcomes.filter((outcome) => outcome.sent).length).toBe(1);
    expect(outcomes.filter((outcome) => outcome.error?.code === 'just_sent').length).toBe(2);
    // A phone-only visitor gets no email: the owner copies the link instead.
    const phone = await adminFetch(`/api/admin/forms/partial-owner/partials/${phoned}/send`, session, {
      method: 'POST',
      body: {},
    });
    expect(phone.status).toBe(409);
    expect(await phone.json()).toMatchObject({ error: { code: 'no_email' } });

    // The visitor finishes: the partial shows the lead it became, and can no longer be sent.
    expect((await submitJson('partial-owner', answersFor('ada.left@example.com'))).status).toBe(201);
    const after = await (await adminFetch('/api/admin/forms/partial-owner/partials', session)).json<Listed>();
    expect(after).toMatchObject({ open: 1, finished: 1 });
    const done = after.partials.find((partial) => partial.id === emailed);
    expect(done?.completedLeadId).toBe((await leadsOf('partial-owner'))[0]?.id);
    expect(done?.resumeSentAt).not.toBeNull();
    const again = await adminFetch(`/api/admin/forms/partial-owner/partials/${emailed}/send`, session, {
      method: 'POST',
      body: {},
    });
    expect(await again.json()).toMatchObject({ error: { code: 'finished' } });
  });
});
