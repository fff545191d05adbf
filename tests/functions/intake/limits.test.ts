import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { INTAKE_LIMITS } from '../../../src/engine/definition/intakeLimits';
import { ORIGIN } from '../helpers';
import { answersFor, intakeForm, leadsOf, submitJson } from './intakeFixtures';

describe('the rate limit per form and client', () => {
  it('answers 429 with Retry-After once one address sent 10 in a minute, and stores nothing refused', async () => {
    intakeForm('rate-limited');
    const from = { 'cf-connecting-ip': '203.0.113.10' };
    // The limiter counts in fixed 60-second windows: if one ends mid-run, up to 20 may pass.
    let refused: Response | undefined;
    let accepted = 0;
    for (let i = 0; i < 25 && !refused; i++) {
      const response = await submitJson('rate-limited', answersFor(`rate${i}@example.com`), from);
      if (response.status === 201) accepted++;
      else refused = response;
    }
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(accepted).toBeLessThanOrEqual(20);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect((await refused?.json<{ error: { code: string } }>())?.error.code).toBe('rate_limited');
    expect(await leadsOf('rate-limited')).toHaveLength(accepted);
  });

  it('counts each client and each form on its own', async () => {
    intakeForm('rate-other-form');
    const limited = { 'cf-connecting-ip': '203.0.113.10' };
    expect((await submitJson('rate-other-form', answersFor('other@example.com'), limited)).status).toBe(201);
    const neighbour = { 'cf-connecting-ip': '203.0.113.11' };
    expect((await submitJson('rate-limited', answersFor('neighbour@example.com'), neighbour)).status).toBe(201);
  });

  it('counts an IPv6 client by its /64', async () => {
    intakeForm('rate-v6');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const address = { 'cf-connecting-ip': `2001:db8:1:2::${(i + 1).toString(16)}` };
      statuses.push((await submitJson('rate-v6', answersFor(`v6-${i}@example.com`), address)).status);
    }
    expect(statuses).toContain(429);
  });
});

describe('caps on what a submission carries', () => {
  it(`answers 413 to more than ${INTAKE_LIMITS.maxNames} names and stores nothing`, async () => {
    intakeForm('caps-names');
    const extra = Object.fromEntries(Array.from({ length: INTAKE_LIMITS.maxNames }, (_, i) => [`x${i}`, '1']));
    const response = await submitJson('caps-names', { ...answersFor('names@example.com'), ...extra });
    expect(response.status).toBe(413);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('too_many_fields');
    expect(await leadsOf('caps-names')).toHaveLength(0);
  });

  it(`answers 413 to an answer over ${INTAKE_LIMITS.maxAnswerChars} characters, even to a field without maxLength`, async () => {
    intakeForm('caps-length');
    const response = await submitJson('caps-length', answersFor('long@example.com', { name: 'x'.repeat(10_001) }));
    expect(response.status).toBe(413);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('answer_too_long');
    expect(await leadsOf('caps-length')).toHaveLength(0);
  });

  it('answers 413 to a list of more than 100 values in a form post', async () => {
    intakeForm('caps-list');
    const body = new URLSearchParams({ name: 'Grace', email: 'list@example.com', consent: 'yes' });
    for (let i = 0; i < 101; i++) body.append('plan', 'pro');
    const response = await exports.default.fetch(
      new Request(`${ORIGIN}/api/forms/caps-list/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
    expect(response.status).toBe(413);
  });

  it('accepts an answer of exactly the cap where the field allows it', async () => {
    intakeForm('caps-exact', {
      fields: [
        { kind: 'textarea', name: 'message', label: 'Message', maxLength: 10_000 },
        { kind: 'email', name: 'email', label: 'Email' },
      ],
    });
    const response = await submitJson('caps-exact', { message: 'y'.repeat(10_000), email: 'exact@example.com' });
    expect(response.status).toBe(201);
  });
});
