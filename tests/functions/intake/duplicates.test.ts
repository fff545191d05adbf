import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { storeSubmission } from '../../../functions/submissions/submit/storeSubmission';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { configureHook, waitForDeliveries } from '../webhooks/receiver/receiver';
import { answersFor, intakeForm, leadsOf, outboxEvents, receiverEndpoint, submitJson } from './intakeFixtures';

const merging = (hook: string) => ({
  duplicates: { withinHours: 24, update: 'replace' as const },
  webhooks: [receiverEndpoint(hook)],
});

async function revisionsOf(leadId: string) {
  const { results } = await env.DB.prepare('select * from lead_revisions where lead_id = ? order by submitted_at')
    .bind(leadId)
    .all<{ answers: string; submitted_at: number; replaced_at: number }>();
  return results;
}

describe('duplicates merged', () => {
  it('updates the lead of a repeat by the same email (any case), keeps the old answers, and emits lead.updated', async () => {
    await configureHook('dup-email', {});
    intakeForm('dup-email', merging('dup-email'));
    const first = await (await submitJson('dup-email', answersFor('Same@Example.com'))).json<{ id: string }>();
    const second = await submitJson('dup-email', answersFor('same@example.COM', { plan: 'basic', name: 'G. Hopper' }));
    expect(second.status).toBe(201);
    expect((await second.json<{ id: string }>()).id).toBe(first.id);

    const [lead, ...others] = await leadsOf('dup-email');
    expect(others).toHaveLength(0);
    expect(JSON.parse(lead?.answers ?? '{}')).toMatchObject({ plan: 'basic', name: 'G. Hopper' });
    expect(lead?.updated_at).toBeGreaterThanOrEqual(lead?.created_at ?? Infinity);
    const [revision] = await revisionsOf(first.id);
    expect(JSON.parse(revision?.answers ?? '{}')).toMatchObject({ plan: 'pro', name: 'Grace Hopper' });
    expect(await outboxEvents(first.id)).toEqual(['lead.created', 'lead.updated']);

    const deliveries = await waitForDeliveries('dup-email', 2);
    const types = deliveries.map((delivery) => (JSON.parse(delivery.body) as { type: string }).type).sort();
    expect(types).toEqual(['lead.created', 'lead.updated']);
  });

  it('merges by the same phone number written another way', async () => {
    intakeForm('dup-phone', merging('dup-phone'));
    const first = await (
      await submitJson('dup-phone', answersFor('one@example.com', { phone: '020 7946 0958' }))
    ).json<{ id: string }>();
    const second = await (
      await submitJson('dup-phone', answersFor('other@example.com', { phone: '+44 20 7946 0958' }))
    ).json<{ id: string }>();
    expect(second.id).toBe(first.id);
    expect((await leadsOf('dup-phone'))[0]?.contact_phone).toBe('+442079460958');
  });

  it('keeps every earlier version when a person submits three times', async () => {
    intakeForm('dup-three', merging('dup-three'));
    const send = (plan: string, name: string) =>
      submitJson('dup-three', answersFor('thrice@example.com', { plan, name }));
    const { id } = await (await send('pro', 'One')).json<{ id: string }>();
    await send('basic', 'Two');
    await send('pro', 'Three');
    const names = (await revisionsOf(id)).map((revision) => JSON.parse(revision.answers).name);
    expect(names).toEqual(['One', 'Two']);
    expect(JSON.parse((await leadsOf('dup-three'))[0]?.answers ?? '{}').name).toBe('Three');
  });

  it('makes a new lead after the window, for another person, and on forms that do not merge', async () => {
    const form = intakeForm('dup-window', { duplicates: { withinHours: 1 } });
    const verdict = validateAnswers(form, answersFor('late@example.com'));
    if (!verdict.ok) throw new Error('fixture answers are invalid');
    const results = evaluateResults(form, verdict.answers);
    const at = (hours: number) => ({
      now: new Date(Date.UTC(2031, 0, 1) + hours * 3_600_000),
      clientKey: crypto.randomUUID(),
    });
    const first = await storeSubmission(env, form, verdict.answers, results, at(0));
    expect((await storeSubmission(env, form, verdict.answers, results, at(0.5))).id).toBe(first.id);
    expect((await storeSubmission(env, form, verdict.answers, results, at(1.01))).id).not.toBe(first.id);

    intakeForm('dup-off');
    await submitJson('dup-off', answersFor('twice@example.com'));
    await submitJson('dup-off', answersFor('twice@example.com', { plan: 'basic' }));
    expect(await leadsOf('dup-off')).toHaveLength(2);

    intakeForm('dup-people', merging('dup-people'));
    await submitJson('dup-people', answersFor('ann@example.com'));
    await submitJson('dup-people', answersFor('bob@example.com'));
    expect(await leadsOf('dup-people')).toHaveLength(2);
  });

  it('never merges spam into a lead, nor a lead into spam', async () => {
    intakeForm('dup-spam', merging('dup-spam'));
    await submitJson('dup-spam', { ...answersFor('victim@example.com'), _website: 'x' });
    await submitJson('dup-spam', answersFor('victim@example.com'));
    await submitJson('dup-spam', { ...answersFor('victim@example.com', { plan: 'basic' }), _website: 'x' });
    const screenings = (await leadsOf('dup-spam')).map((lead) => lead.screening);
    expect(screenings).toEqual(['spam', 'clean', 'spam']);
    expect(JSON.parse((await leadsOf('dup-spam'))[1]?.answers ?? '{}').plan).toBe('pro');
  });
});

describe('what a repeat by the same email may change (duplicates.update)', () => {
  async function revision(leadId: string) {
    const row = await env.DB.prepare('select incoming, applied, policy from lead_revisions where lead_id = ?')
      .bind(leadId)
      .first<{ incoming: string; applied: string; policy: string }>();
    return {
      incoming: JSON.parse(row?.incoming ?? '{}'),
      applied: JSON.parse(row?.applied ?? '[]'),
      policy: row?.policy,
    };
  }

  it('by default only fills in what the lead lacks: someone typing another person’s email cannot rewrite their answers', async () => {
    intakeForm('dup-merge', { duplicates: { withinHours: 24 }, webhooks: [receiverEndpoint('dup-merge')] });
    const { id } = await (await submitJson('dup-merge', answersFor('victim.merge@example.com'))).json<{ id: string }>();
    const repeat = answersFor('victim.merge@example.com', {
      plan: 'basic',
      name: 'Someone Else',
      phone: '+44 20 7946 0000',
    });
    expect((await submitJson('dup-merge', repeat)).status).toBe(201);

    const [lead] = await leadsOf('dup-merge');
    expect(JSON.parse(lead?.answers ?? '{}')).toMatchObject({
      plan: 'pro',
      name: 'Grace Hopper',
      phone: '+442079460000',
    });
    expect(await revision(id)).toEqual({
      incoming: expect.objectContaining({ plan: 'basic', name: 'Someone Else' }),
      applied: ['phone'],
      policy: 'merge',
    });
    expect(await outboxEvents(id)).toEqual(['lead.created', 'lead.updated']);
  });

  it('with keep-first changes nothing on the lead and sends nothing, but keeps what was sent for the owner', async () => {
    intakeForm('dup-keep', {
      duplicates: { withinHours: 24, update: 'keep-first' },
      webhooks: [receiverEndpoint('dup-keep')],
    });
    const { id } = await (await submitJson('dup-keep', answersFor('keep@example.com'))).json<{ id: string }>();
    await submitJson('dup-keep', answersFor('keep@example.com', { plan: 'basic', phone: '+44 20 7946 0001' }));
    const [lead] = await leadsOf('dup-keep');
    expect(JSON.parse(lead?.answers ?? '{}')).not.toHaveProperty('phone');
    expect(JSON.parse(lead?.answers ?? '{}').plan).toBe('pro');
    expect(await revision(id)).toMatchObject({ applied: [], policy: 'keep-first', incoming: { plan: 'basic' } });
    expect(await outboxEvents(id)).toEqual(['lead.created']);
  });
});
