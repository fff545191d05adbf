import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { firstTouchCookie, readAttribution } from '../../../functions/submissions/attribution/attribution';
import { withFirstTouch } from '../../../functions/submissions/attribution/withFirstTouch';
import { ORIGIN } from '../helpers';
import { configureHook, waitForDeliveries } from '../webhooks/receiver/receiver';
import { answersFor, intakeForm, leadsOf, receiverEndpoint, submitJson } from './intakeFixtures';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const landing = `${ORIGIN}/f/quote/?utm_source=google&utm_medium=cpc&utm_campaign=winter&gclid=abc123&variant=b`;
const pageView = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('attribution', () => {
  it('sets a first-touch cookie on a form page view with campaign, click id, variant, referrer and landing page', () => {
    const response = withFirstTouch(
      pageView(landing, { referer: 'https://www.google.com/' }),
      new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
      NOW,
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^fw_touch=[^;]+; Path=\/; Max-Age=2592000; SameSite=Lax; HttpOnly; Secure$/);
    const value = JSON.parse(decodeURIComponent(cookie.split(';')[0]?.slice('fw_touch='.length) ?? ''));
    expect(value).toEqual({
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'winter',
      gclid: 'abc123',
      variant: 'b',
      landingPage: landing,
      referrer: 'https://www.google.com/',
      firstSeenAt: NOW.toISOString(),
    });
  });

  it('keeps the first touch: no new cookie when one is there, none on other pages or errors', () => {
    const html = () => new Response('ok');
    const seen = pageView(landing, { cookie: 'other=1; fw_touch=%7B%7D' });
    expect(withFirstTouch(seen, html(), NOW).headers.get('set-cookie')).toBeNull();
    expect(withFirstTouch(pageView(`${ORIGIN}/f/quote/thanks/`), html(), NOW).headers.get('set-cookie')).toBeNull();
    expect(
      withFirstTouch(pageView(landing), new Response('no', { status: 404 }), NOW).headers.get('set-cookie'),
    ).toBeNull();
  });

  it('sets no cookie under a form that does not exist: the Worker answers 404 first', async () => {
    const response = await exports.default.fetch(pageView(`${ORIGIN}/f/no-such-form/?utm_source=google`));
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('stores the first touch from the cookie with the lead and sends it in the webhook', async () => {
    await configureHook('attr-cookie', {});
    intakeForm('attr-cookie', { webhooks: [receiverEndpoint('attr-cookie', { events: ['lead.created'] })] });
    const cookie =
      firstTouchCookie(pageView(landing, { referer: 'https://news.example/story' }), NOW)?.split(';')[0] ?? '';
    const response = await submitJson('attr-cookie', answersFor('ads@example.com'), {
      cookie,
      referer: `${ORIGIN}/f/attr-cookie/`,
    });
    expect(response.status).toBe(201);
    const [lead] = await leadsOf('attr-cookie');
    const expected = {
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'winter',
      gclid: 'abc123',
      variant: 'b',
      landingPage: landing,
      referrer: 'https://news.example/story',
      firstSeenAt: NOW.toISOString(),
    };
    expect(JSON.parse(lead?.attribution ?? 'null')).toEqual(expected);
    const [delivery] = await waitForDeliveries('attr-cookie', 1);
    expect(JSON.parse(delivery?.body ?? '{}').data.attribution).toEqual(expected);
  });

  it('falls back to the form page address in Referer when there is no cookie (no JavaScript, blocked cookies)', async () => {
    intakeForm('attr-referer');
    await submitJson('attr-referer', answersFor('nocookie@example.com'), {
      referer: `${ORIGIN}/f/attr-referer/?utm_source=newsletter&fbclid=fb1&msclkid=ms1`,
    });
    const attribution = JSON.parse((await leadsOf('attr-referer'))[0]?.attribution ?? 'null');
    expect(attribution).toMatchObject({
      utm_source: 'newsletter',
      fbclid: 'fb1',
      msclkid: 'ms1',
      landingPage: `${ORIGIN}/f/attr-referer/?utm_source=newsletter&fbclid=fb1&msclkid=ms1`,
    });
    expect(attribution.referrer).toBeUndefined();
  });

  it('takes nothing from a resume link in Referer: its token stays out of leads', () => {
    const submission = new Request(`${ORIGIN}/f/demo/submit`, {
      method: 'POST',
      headers: { referer: `${ORIGIN}/f/demo/resume?t=secret-token` },
    });
    expect(readAttribution(submission, NOW)).toBeUndefined();
  });

  it('reads the embedding page’s address and referrer that public/embed.js passes to the iframe', () => {
    const iframe = `${ORIGIN}/f/quote/?variant=a&fw_landing=${encodeURIComponent('https://shop.example/winter?utm_source=fb&utm_campaign=sale')}&fw_referrer=${encodeURIComponent('https://facebook.com/')}`;
    const submission = new Request(`${ORIGIN}/api/forms/quote/submissions`, {
      method: 'POST',
      headers: { referer: iframe },
    });
    expect(readAttribution(submission, NOW)).toEqual({
      utm_source: 'fb',
      utm_campaign: 'sale',
      variant: 'a',
      landingPage: 'https://shop.example/winter?utm_source=fb&utm_campaign=sale',
      referrer: 'https://facebook.com/',
      firstSeenAt: NOW.toISOString(),
    });
  });

  it('stores nothing it cannot read: a forged cookie’s unknown keys and control characters are dropped', async () => {
    const forged = encodeURIComponent(
      JSON.stringify({ utm_source: 'a\r\nSet-Cookie: x', evil: '<script>', landingPage: 5 }),
    );
    const submission = new Request(`${ORIGIN}/api/forms/quote/submissions`, {
      headers: { cookie: `fw_touch=${forged}` },
    });
    expect(readAttribution(submission, NOW)).toEqual({ utm_source: 'aSet-Cookie: x' });
    const garbage = new Request(`${ORIGIN}/api/forms/quote/submissions`, { headers: { cookie: 'fw_touch=%E0%A4%A' } });
    expect(readAttribution(garbage, NOW)).toBeUndefined();
  });

  it('refuses script and data addresses, overlong values and made-up times in a first-touch cookie', async () => {
    await configureHook('attr-forged', {});
    intakeForm('attr-forged', { webhooks: [receiverEndpoint('attr-forged', { events: ['lead.created'] })] });
    const forged = encodeURIComponent(
      JSON.stringify({
        referrer: 'javascript:alert(document.cookie)',
        landingPage: 'data:text/html,<script>alert(1)</script>',
        utm_campaign: 'x'.repeat(5000),
        utm_source: 'spring',
        firstSeenAt: 'yesterday',
      }),
    );
    const response = await submitJson('attr-forged', answersFor('forged@example.com'), {
      cookie: `fw_touch=${forged}`,
    });
    expect(response.status).toBe(201);
    const expected = { utm_source: 'spring', utm_campaign: 'x'.repeat(200) };
    expect(JSON.parse((await leadsOf('attr-forged'))[0]?.attribution ?? 'null')).toEqual(expected);
    const [delivery] = await waitForDeliveries('attr-forged', 1);
    expect(JSON.parse(delivery?.body ?? '{}').data.attribution).toEqual(expected);
  });

  it('never takes a script address for the landing page an embed passes', () => {
    const iframe = `${ORIGIN}/f/quote/?fw_landing=${encodeURIComponent('javascript:alert(1)//?utm_source=x')}`;
    const submission = new Request(`${ORIGIN}/api/forms/quote/submissions`, { headers: { referer: iframe } });
    expect(readAttribution(submission, NOW)?.landingPage).toBe(`${ORIGIN}/f/quote/`);
  });
});
