import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { templates } from '../../templates';
import { hydrate, phone, sharedChromium } from './browser';
import { queryLocalD1 } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

interface StoredLead {
  id: string;
  screening: string;
  screening_reason: string | null;
  attribution: string | null;
  consent: string | null;
}

function leadsOf(email: string): Promise<StoredLead[]> {
  return queryLocalD1<StoredLead>(
    persistDir,
    `select id, screening, screening_reason, attribution, consent from leads where json_extract(answers, '$.email') = '${email}' order by created_at`,
  );
}

async function fillQuote(page: Page, email: string) {
  await page.getByLabel('Your name', { exact: true }).fill('Dorothy Vaughan');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Service', { exact: true }).selectOption('seo');
  await page.getByLabel('Under $2,000', { exact: true }).check();
  await page.getByLabel('When do you want to start?', { exact: true }).selectOption('asap');
  await page.getByLabel(/I agree/).check();
}

describe('intake in the browser', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('never shows a consent box ticked in advance, on any template, %s', async (_, javaScript) => {
    const context = await phone(browser(), javaScript);
    const page = await context.newPage();
    for (const form of templates.values()) {
      await page.goto(`${baseUrl}/f/${form.slug}/?consent=yes&marketing=on`);
      if (javaScript) await hydrate(page);
      const consents = form.fields.filter((field) => field.kind === 'consent').map((field) => field.name);
      for (const name of consents) {
        const boxes = page.locator(`input[type="checkbox"][name="${name}"]`);
        for (const box of await boxes.all()) expect(await box.isChecked(), `${form.slug}: ${name}`).toBe(false);
      }
    }
    await context.close();
  });

  it('keeps the honeypot away from people: off screen, out of the tab order and hidden from screen readers', async () => {
    const context = await phone(browser(), false);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/quote/`);
    const trap = page.locator('form.fw-form input[name="_website"]');
    expect(await trap.getAttribute('tabindex')).toBe('-1');
    expect(await trap.getAttribute('autocomplete')).toBe('off');
    const box = await trap.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(0);
    expect(await page.locator('[aria-hidden="true"]:has(input[name="_website"])').count()).toBe(1);
    await context.close();
  });

  it('answers a no-JavaScript post with the honeypot filled with the thank-you page, and stores it as spam', async () => {
    const context = await phone(browser(), false);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/quote/`);
    await fillQuote(page, 'honeypot.bot@example.com');
    await page.locator('input[name="_website"]').evaluate((input) => {
      (input as HTMLInputElement).value = 'https://cheap-pills.example';
    });
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    const [lead, ...others] = await leadsOf('honeypot.bot@example.com');
    expect(others).toHaveLength(0);
    expect(lead?.screening).toBe('spam');
    await context.close();
  });

  it('takes the same no-JavaScript form posted twice (a double tap, a resend) as one lead', async () => {
    const body = new URLSearchParams({
      name: 'Mary Jackson',
      email: 'double.post@example.com',
      service: 'ads',
      budget: 'over-10k',
      timeline: 'later',
      consent: 'yes',
    });
    const post = () =>
      fetch(`${baseUrl}/f/quote/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
        body,
        redirect: 'manual',
      });
    const statuses = await Promise.all([post(), post()]);
    statuses.push(await post());
    expect(statuses.map((response) => response.status)).toEqual([303, 303, 303]);
    expect(await leadsOf('double.post@example.com')).toHaveLength(1);
  });

  it('sends one Idempotency-Key and a render token, loads no Turnstile, and stores the first touch', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/?utm_source=e2e&utm_campaign=intake&gclid=g-1`, {
      referer: 'https://search.example/results',
    });
    // Another page of the site later: the first touch (above) is what the lead keeps.
    await page.goto(`${baseUrl}/f/quote/`);
    await hydrate(page);
    await fillQuote(page, 'island.intake@example.com');
    await page.waitForTimeout(1_600);
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/forms/quote/submissions'));
    await page.getByRole('button', { name: 'Get my quote' }).click();
    const request = await sent;
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);

    expect(request.headers()['idempotency-key']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(JSON.parse(request.postData() ?? '{}')._rt).toMatch(/^\d{13}\./);
    expect(foreign).toEqual([]);
    const [lead] = await leadsOf('island.intake@example.com');
    expect(lead?.screening).toBe('clean');
    expect(JSON.parse(lead?.attribution ?? '{}')).toMatchObject({
      utm_source: 'e2e',
      utm_campaign: 'intake',
      gclid: 'g-1',
      referrer: 'https://search.example/results',
      landingPage: `${baseUrl}/f/quote/?utm_source=e2e&utm_campaign=intake&gclid=g-1`,
    });
    expect(JSON.parse(lead?.consent ?? '[]')).toEqual([
      expect.objectContaining({ field: 'consent', version: '2026-11-01' }),
    ]);
    await context.close();
  });
});
