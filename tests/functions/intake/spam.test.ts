import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signRenderToken } from '../../../functions/submissions/screening/renderToken';
import { ORIGIN } from '../helpers';
import { configureHook, deliveriesTo } from '../webhooks/receiver/receiver';
import { answersFor, intakeForm, leadsOf, outboxEvents, receiverEndpoint, submitJson } from './intakeFixtures';

const SECRET = 'test-form-token-secret';
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the honeypot', () => {
  it('answers a filled honeypot exactly like a lead, stores it as spam and fires no webhook', async () => {
    await configureHook('spam-honeypot', {});
    intakeForm('spam-honeypot', { webhooks: [receiverEndpoint('spam-honeypot')] });
    const clean = await submitJson('spam-honeypot', answersFor('person@example.com'));
    const spam = await submitJson('spam-honeypot', {
      ...answersFor('bot@example.com'),
      _website: 'http://spam.example',
    });

    expect(spam.status).toBe(clean.status);
    expect(Object.keys(await spam.json<object>()).sort()).toEqual(Object.keys(await clean.json<object>()).sort());
    const [person, bot] = await leadsOf('spam-honeypot');
    expect(person?.screening).toBe('clean');
    expect(bot?.screening).toBe('spam');
    expect(bot?.screening_reason).toBe('honeypot filled');
    expect(await outboxEvents(bot?.id ?? '')).toEqual([]);
    expect(await outboxEvents(person?.id ?? '')).toEqual(['lead.created']);
    await settle();
    const bodies = (await deliveriesTo('spam-honeypot')).map((delivery) => delivery.body);
    expect(bodies.some((body) => body.includes('bot@example.com'))).toBe(false);
  });

  it('catches a filled honeypot in a form-encoded post too', async () => {
    intakeForm('spam-honeypot-form');
    const body = new URLSearchParams({ ...answersFor('formbot@example.com'), consent: 'yes', _website: 'x' });
    const response = await exports.default.fetch(
      new Request(`${ORIGIN}/api/forms/spam-honeypot-form/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
    expect(response.status).toBe(201);
    expect((await leadsOf('spam-honeypot-form'))[0]?.screening).toBe('spam');
  });

  it('still refuses invalid answers with 422 when the honeypot is filled, and stores nothing', async () => {
    intakeForm('spam-honeypot-invalid');
    const response = await submitJson('spam-honeypot-invalid', { name: '', _website: 'x' });
    expect(response.status).toBe(422);
    expect(await leadsOf('spam-honeypot-invalid')).toHaveLength(0);
  });

  it('never emails the owner about spam, as it does about a clean lead', async () => {
    intakeForm('spam-no-email', { notify: { email: true } });
    await submitJson('spam-no-email', answersFor('emailed@example.com'));
    await submitJson('spam-no-email', { ...answersFor('bot.mail@example.com'), _website: 'http://spam.example' });
    const [person, bot] = await leadsOf('spam-no-email');
    const emails = async (leadId: string) =>
      (
        await env.DB.prepare("select status from webhook_outbox where lead_id = ? and channel = 'email'")
          .bind(leadId)
          .all<{ status: string }>()
      ).results;
    expect(bot?.screening).toBe('spam');
    expect(await emails(bot?.id ?? '')).toEqual([]);
    expect(await emails(person?.id ?? '')).toHaveLength(1);
  });
});

describe('the minimum fill time (render token)', () => {
  it('issues a render token for a published form, and 404 for an unknown one', async () => {
    const response = await exports.default.fetch(`${ORIGIN}/api/forms/quote/render-token`);
    expect(response.status).toBe(200);
    expect((await response.json<{ token: string }>()).token).toMatch(/^\d{13}\.[\w-]{43}$/);
    expect((await exports.default.fetch(`${ORIGIN}/api/forms/nope/render-token`)).status).toBe(404);
  });

  it('stores a submission sent sooner than minFillSeconds after the first touch as spam, answered as a lead', async () => {
    intakeForm('fill-too-fast', { spam: { minFillSeconds: 5 } });
    const token = await signRenderToken(SECRET, 'fill-too-fast', Date.now() - 1_000);
    const response = await submitJson('fill-too-fast', { ...answersFor('fast@example.com'), _rt: token });
    expect(response.status).toBe(201);
    const [lead] = await leadsOf('fill-too-fast');
    expect(lead?.screening).toBe('spam');
    expect(lead?.screening_reason).toMatch(/^filled in 1\.\d s \(minimum 5 s\)$/);
  });

  it('accepts a fill that took longer than the minimum', async () => {
    intakeForm('fill-human');
    const token = await signRenderToken(SECRET, 'fill-human', Date.now() - 20_000);
    expect((await submitJson('fill-human', { ...answersFor('slow@example.com'), _rt: token })).status).toBe(201);
    expect((await leadsOf('fill-human'))[0]?.screening).toBe('clean');
  });

  it('times the fill from when the page was shown, as the island says, up to ten minutes before', async () => {
    intakeForm('fill-shown', { spam: { minFillSeconds: 3 } });
    const tokenAfter = async (shown: string) => {
      const response = await exports.default.fetch(`${ORIGIN}/api/forms/fill-shown/render-token?shown=${shown}`);
      return (await response.json<{ token: string }>()).token;
    };
    // Read for 4 s, then autofilled and sent at once: a person.
    await submitJson('fill-shown', { ...answersFor('reader@example.com'), _rt: await tokenAfter('4000') });
    // Shown 0.4 s before a script touched it and sent it: still too fast.
    await submitJson('fill-shown', { ...answersFor('script@example.com'), _rt: await tokenAfter('400') });
    // Nonsense adds nothing; a claim beyond the cap counts as ten minutes.
    await submitJson('fill-shown', { ...answersFor('nonsense@example.com'), _rt: await tokenAfter('-9e9') });
    const capped = await tokenAfter('99999999999');
    expect(Date.now() - Number(capped.split('.')[0])).toBeLessThan(10 * 60_000 + 5_000);
    const verdicts = Object.fromEntries(
      (await leadsOf('fill-shown')).map((lead) => [JSON.parse(lead.answers).email, lead.screening]),
    );
    expect(verdicts).toEqual({
      'reader@example.com': 'clean',
      'script@example.com': 'spam',
      'nonsense@example.com': 'spam',
    });
  });

  it('tells the island the visitor’s country, when Cloudflare knows it, for a phone picker', async () => {
    intakeForm('fill-country');
    const ask = (country?: string) =>
      exports.default.fetch(`${ORIGIN}/api/forms/fill-country/render-token`, {
        headers: country ? { 'cf-ipcountry': country } : {},
      });
    expect(await (await ask('DE')).json()).toMatchObject({ country: 'DE' });
    expect(await (await ask('XX')).json()).not.toHaveProperty('country');
    expect(await (await ask('<b>')).json()).not.toHaveProperty('country');
  });

  it('treats a forged or another form’s token as spam', async () => {
    intakeForm('fill-forged');
    const other = await signRenderToken(SECRET, 'quote', Date.now() - 60_000);
    const forged = `${Date.now() - 60_000}.${'A'.repeat(43)}`;
    await submitJson('fill-forged', { ...answersFor('forged1@example.com'), _rt: other });
    await submitJson('fill-forged', { ...answersFor('forged2@example.com'), _rt: forged });
    await submitJson('fill-forged', { ...answersFor('forged3@example.com'), _rt: 'garbage' });
    expect((await leadsOf('fill-forged')).map((lead) => lead.screening)).toEqual(['spam', 'spam', 'spam']);
  });

  it('skips the check without a token (no JavaScript) and for a token over a day old', async () => {
    intakeForm('fill-no-token');
    const stale = await signRenderToken(SECRET, 'fill-no-token', Date.now() - 25 * 3_600_000);
    await submitJson('fill-no-token', answersFor('nojs@example.com'));
    await submitJson('fill-no-token', { ...answersFor('stale@example.com'), _rt: stale });
    expect((await leadsOf('fill-no-token')).map((lead) => lead.screening)).toEqual(['clean', 'clean']);
  });

  it('turns the check off with minFillSeconds: 0', async () => {
    intakeForm('fill-off', { spam: { minFillSeconds: 0 } });
    const token = await signRenderToken(SECRET, 'fill-off', Date.now());
    await submitJson('fill-off', { ...answersFor('instant@example.com'), _rt: token });
    expect((await leadsOf('fill-off'))[0]?.screening).toBe('clean');
  });
});
