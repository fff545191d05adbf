import { describe, expect, inject, it } from 'vitest';
import { answersFor, intakeForm, leadsOf, outboxEvents, receiverEndpoint, submitJson } from './intakeFixtures';
import type { VerifyRequest } from './turnstile/fakeVerifier';

const verifier = inject('turnstileVerifier');
const turnstile = (extra: Record<string, unknown> = {}) => ({
  spam: { turnstile: { siteKey: '1x00000000000000000000AA', secret: 'TEST_TURNSTILE_SECRET', ...extra } },
});
// Requests from the test Worker are addressed to https://formwell.test.
const HOST = 'formwell.test';

async function verifierRequests(): Promise<VerifyRequest[]> {
  return (await fetch(`${verifier}/requests`)).json();
}

describe('Turnstile', () => {
  it('accepts a token the verifier confirms for this hostname and the form’s action', async () => {
    intakeForm('ts-pass', turnstile());
    const response = await submitJson(
      'ts-pass',
      { ...answersFor('human@example.com'), 'cf-turnstile-response': `pass:${HOST}:ts-pass` },
      { 'cf-connecting-ip': '198.51.100.7', 'idempotency-key': '7b0c1f5e-4d4e-4a39-9f43-3a3b2d1e0f11' },
    );
    expect(response.status).toBe(201);
    expect((await leadsOf('ts-pass'))[0]?.screening).toBe('clean');
    const sent = (await verifierRequests()).find((request) => request.response === `pass:${HOST}:ts-pass`);
    expect(sent).toEqual({
      secret: 'fake-turnstile-secret',
      response: `pass:${HOST}:ts-pass`,
      remoteip: '198.51.100.7',
      idempotencyKey: '7b0c1f5e-4d4e-4a39-9f43-3a3b2d1e0f11',
    });
  });

  it('checks the action and hostnames the definition sets', async () => {
    intakeForm('ts-custom', turnstile({ action: 'signup', hostnames: ['forms.example.com'] }));
    await submitJson('ts-custom', {
      ...answersFor('a@example.com'),
      'cf-turnstile-response': 'pass:forms.example.com:signup',
    });
    await submitJson('ts-custom', { ...answersFor('b@example.com'), 'cf-turnstile-response': `pass:${HOST}:signup` });
    const [good, wrongHost] = await leadsOf('ts-custom');
    expect(good?.screening).toBe('clean');
    expect(wrongHost?.screening).toBe('held');
    expect(wrongHost?.screening_reason).toBe('turnstile: token issued for hostname formwell.test');
  });

  it.each([
    ['no token', undefined, 'turnstile: no token (the widget did not run)'],
    ['a refused token', 'refuse', 'turnstile: token refused (invalid-input-response)'],
    ['a token for another action', `pass:${HOST}:other`, 'turnstile: token issued for action other'],
    ['a token for another site', 'pass:evil.example:ts-held', 'turnstile: token issued for hostname evil.example'],
    ['a verifier answering 500', 'http-500', 'turnstile: siteverify answered HTTP 500'],
    ['a verifier hanging up', 'hang-up', expect.stringMatching(/^turnstile: siteverify unreachable/)],
  ])('holds the lead for review after %s: stored, answered 201, no webhook', async (_, token, reason) => {
    const slug = `ts-held-${Math.random().toString(36).slice(2, 8)}`;
    intakeForm(slug, { ...turnstile({ action: 'ts-held' }), webhooks: [receiverEndpoint(slug)] });
    const body = { ...answersFor('held@example.com'), ...(token && { 'cf-turnstile-response': token }) };
    expect((await submitJson(slug, body)).status).toBe(201);
    const [lead, ...others] = await leadsOf(slug);
    expect(others).toHaveLength(0);
    expect(lead?.screening).toBe('held');
    expect(lead?.screening_reason).toEqual(reason);
    expect(await outboxEvents(lead?.id ?? '')).toEqual([]);
  });

  it('holds the lead when the secret the definition names is not set (fails closed)', async () => {
    intakeForm('ts-no-secret', turnstile({ secret: 'NOT_SET_ANYWHERE' }));
    await submitJson('ts-no-secret', {
      ...answersFor('c@example.com'),
      'cf-turnstile-response': `pass:${HOST}:ts-no-secret`,
    });
    const [lead] = await leadsOf('ts-no-secret');
    expect(lead?.screening).toBe('held');
    expect(lead?.screening_reason).toBe('turnstile: the Worker secret NOT_SET_ANYWHERE is not set');
  });

  it('never calls the verifier for a form without Turnstile', async () => {
    intakeForm('ts-off');
    const before = (await verifierRequests()).length;
    await submitJson('ts-off', { ...answersFor('d@example.com'), 'cf-turnstile-response': 'refuse' });
    expect((await leadsOf('ts-off'))[0]?.screening).toBe('clean');
    expect((await verifierRequests()).length).toBe(before);
  });
});
