import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS } from '../../../functions/submissions/submit/idempotencyKeys';
import { storeSubmission } from '../../../functions/submissions/submit/storeSubmission';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { answersFor, intakeForm, leadsOf, outboxEvents, receiverEndpoint, submitJson } from './intakeFixtures';

const key = () => crypto.randomUUID();

describe('idempotency', () => {
  it('makes one lead of 5 concurrent submissions with one key, and gives all 5 the same answer', async () => {
    intakeForm('idem-concurrent', {
      calculations: [{ name: 'two', label: 'Two', formula: '1 + 1', format: { style: 'decimal' } }],
      webhooks: [receiverEndpoint('idem-concurrent')],
    });
    const headers = { 'idempotency-key': key() };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => submitJson('idem-concurrent', answersFor('burst@example.com'), headers)),
    );
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(bodies).size).toBe(1);
    const leads = await leadsOf('idem-concurrent');
    expect(leads).toHaveLength(1);
    expect(JSON.parse(bodies[0] ?? '{}').id).toBe(leads[0]?.id);
    expect(await outboxEvents(leads[0]?.id ?? '')).toEqual(['lead.created']);
  });

  it('answers a repeat with the same key the same, even if its answers changed', async () => {
    intakeForm('idem-repeat');
    const headers = { 'idempotency-key': key() };
    const first = await (await submitJson('idem-repeat', answersFor('repeat@example.com'), headers)).json();
    const again = await submitJson('idem-repeat', answersFor('repeat@example.com', { plan: 'basic' }), headers);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    const [lead, ...others] = await leadsOf('idem-repeat');
    expect(others).toHaveLength(0);
    expect(JSON.parse(lead?.answers ?? '{}').plan).toBe('pro');
  });

  it('makes two leads of two keys', async () => {
    intakeForm('idem-two-keys');
    await submitJson('idem-two-keys', answersFor('two@example.com'), { 'idempotency-key': key() });
    await submitJson('idem-two-keys', answersFor('two@example.com'), { 'idempotency-key': key() });
    expect(await leadsOf('idem-two-keys')).toHaveLength(2);
  });

  it('lets a key that only met invalid answers be used again once they are corrected', async () => {
    intakeForm('idem-after-422');
    const headers = { 'idempotency-key': key() };
    expect((await submitJson('idem-after-422', answersFor('fix@example.com', { plan: 'gold' }), headers)).status).toBe(
      422,
    );
    expect((await submitJson('idem-after-422', answersFor('fix@example.com'), headers)).status).toBe(201);
    expect(await leadsOf('idem-after-422')).toHaveLength(1);
  });

  it('refuses a malformed key with 400 and stores nothing', async () => {
    intakeForm('idem-bad-key');
    const response = await submitJson('idem-bad-key', answersFor('bad@example.com'), { 'idempotency-key': 'short' });
    expect(response.status).toBe(400);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('invalid_idempotency_key');
    expect(await leadsOf('idem-bad-key')).toHaveLength(0);
  });

  it('recognises an identical submission without a key (no JavaScript) repeated within the window as the same lead', async () => {
    intakeForm('idem-no-key');
    const first = await (await submitJson('idem-no-key', answersFor('nokey@example.com'))).json<{ id: string }>();
    const again = await (await submitJson('idem-no-key', answersFor('nokey@example.com'))).json<{ id: string }>();
    const concurrent = await Promise.all(
      Array.from({ length: 3 }, () => submitJson('idem-no-key', answersFor('nokey2@example.com'))),
    );
    expect(again.id).toBe(first.id);
    expect(new Set(await Promise.all(concurrent.map(async (r) => (await r.json<{ id: string }>()).id))).size).toBe(1);
    await submitJson('idem-no-key', answersFor('nokey@example.com', { plan: 'basic' }));
    expect(await leadsOf('idem-no-key')).toHaveLength(3);
  });

  it('treats an identical submission without a key as new after twice the window', async () => {
    const form = intakeForm('idem-window');
    const verdict = validateAnswers(form, answersFor('window@example.com'));
    if (!verdict.ok) throw new Error('fixture answers are invalid');
    const results = evaluateResults(form, verdict.answers);
    const at = (ms: number) => ({ now: new Date(Date.UTC(2030, 0, 1) + ms) });
    const first = await storeSubmission(env, form, verdict.answers, results, at(0));
    const within = await storeSubmission(env, form, verdict.answers, results, at(REPEAT_WINDOW_MS - 1));
    const after = await storeSubmission(env, form, verdict.answers, results, at(2 * REPEAT_WINDOW_MS + 1));
    expect(first.event).toBe('created');
    expect(within).toMatchObject({ event: 'replayed', id: first.id });
    expect(after.event).toBe('created');
    expect(after.id).not.toBe(first.id);
  });
});
