import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { openToken, signToken } from '../../functions/lib/signedToken';
import { advanceStep } from '../../functions/submissions/steps/advanceStep';
import { signStepToken } from '../../functions/submissions/steps/stepToken';
import { demo } from '../../templates/demo';
import { leadsByEmail, post } from './helpers';

const NOW = Date.UTC(2026, 10, 24, 12);
const secret = env.FORM_TOKEN_SECRET;
const aboutYou = { name: 'Grace Hopper', email: 'grace@navy.mil', company: 'Navy', job_title: '' };
const yourTeam = {
  company_size: '11-50',
  seats: '12',
  use_cases: ['quotes'],
  timeline: 'later',
  budget: '1500',
  consent: 'yes',
};

async function afterStepOne(): Promise<string> {
  const outcome = await advanceStep(demo, { _step: 'about-you', ...aboutYou }, secret, {}, NOW);
  if (outcome.kind !== 'show-step') throw new Error('expected the second step');
  return outcome.token;
}

describe('multi-step posts without JavaScript', () => {
  it('validates only the current step and moves on to the next one the logic shows', async () => {
    const outcome = await advanceStep(demo, { _step: 'about-you', ...aboutYou }, secret, {}, NOW);
    expect(outcome).toMatchObject({ kind: 'show-step', status: 200, step: { id: 'your-team' }, errors: {} });
  });

  it('answers 422 with the step and its messages when the step is incomplete', async () => {
    const outcome = await advanceStep(demo, { _step: 'about-you', name: 'Grace' }, secret, {}, NOW);
    expect(outcome).toMatchObject({ kind: 'show-step', status: 422, step: { id: 'about-you' } });
    expect(outcome.kind === 'show-step' && Object.keys(outcome.errors).sort()).toEqual(['company', 'email']);
  });

  it('completes after the last shown step with every answer, earlier ones from the token', async () => {
    const outcome = await advanceStep(
      demo,
      { _step: 'your-team', _token: await afterStepOne(), ...yourTeam },
      secret,
      {},
      NOW,
    );
    expect(outcome).toMatchObject({ kind: 'complete', input: { ...aboutYou, ...yourTeam } });
  });

  it('ignores earlier answers posted alongside the current step: only the signed token counts', async () => {
    const token = await afterStepOne();
    const outcome = await advanceStep(
      demo,
      { _step: 'your-team', _token: token, ...yourTeam, name: 'Mallory' },
      secret,
      {},
      NOW,
    );
    expect(outcome.kind === 'complete' && outcome.input.name).toBe('Grace Hopper');
  });

  it.each([
    ['altered', async () => `${(await afterStepOne()).slice(0, -2)}AA`],
    ['signed with another secret', async () => signStepToken('another-secret', demo, aboutYou, NOW)],
    [
      'made for another version of the form',
      async () => signStepToken(secret, { ...demo, version: '0'.repeat(16) }, aboutYou, NOW),
    ],
    ['older than a day', async () => signStepToken(secret, demo, aboutYou, NOW - 25 * 3600 * 1000)],
    ['not a token at all', async () => 'hello'],
  ])('refuses a token that is %s: 400, back to the first step, nothing kept', async (_, makeToken) => {
    const outcome = await advanceStep(
      demo,
      { _step: 'your-team', _token: await makeToken(), ...yourTeam },
      secret,
      {},
      NOW,
    );
    expect(outcome).toMatchObject({
      kind: 'show-step',
      status: 400,
      stale: true,
      step: { id: 'about-you' },
      values: {},
    });
  });

  it('goes back a step without validating', async () => {
    const outcome = await advanceStep(
      demo,
      { _step: 'your-team', _token: await afterStepOne(), _back: '1' },
      secret,
      {},
      NOW,
    );
    expect(outcome).toMatchObject({ kind: 'show-step', status: 200, step: { id: 'about-you' }, values: aboutYou });
  });
});

describe('answers to fields hidden by logic', () => {
  it('are never stored, even when the client sends them', async () => {
    const answers = {
      ...aboutYou,
      email: 'hidden.seats@example.com',
      ...yourTeam,
      company_size: '1-10',
      must_haves: 'x',
    };
    const response = await post('/api/forms/demo/submissions', JSON.stringify(answers), 'application/json');
    expect(response.status).toBe(201);
    const [lead] = await leadsByEmail('hidden.seats@example.com');
    const stored = JSON.parse(lead?.answers ?? '{}');
    expect(stored).toMatchObject({ company_size: '1-10', budget: 1500 });
    expect(stored).not.toHaveProperty('seats');
    expect(stored).not.toHaveProperty('must_haves');
  });

  it('starts again with 400, never a 500, when a token is validly signed but holds no answers it can read', async () => {
    // Signed as the Worker signs step tokens (functions/lib/signedToken.ts), over bytes that are not JSON.
    const token = await signToken(secret, 'step', btoa('not json at all').replace(/=+$/, ''));
    expect(await openToken(secret, 'step', token)).toBeDefined();
    const outcome = await advanceStep(demo, { _step: 'your-team', _token: token, ...yourTeam }, secret, {}, NOW);
    expect(outcome).toMatchObject({ kind: 'show-step', status: 400, step: { id: 'about-you' }, stale: true });
  });
});
