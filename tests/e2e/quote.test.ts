import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrate, phone, sharedChromium } from './browser';
import { leadsWithEmail } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

async function fillQuote(page: Page, email: string) {
  await page.getByLabel('Your name', { exact: true }).fill('Katherine Johnson');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Phone (optional)', { exact: true }).fill('+1 757 555 0100');
  await page.getByLabel('Service', { exact: true }).selectOption('web-design');
  await page.getByLabel('$2,000 – $10,000', { exact: true }).check();
  await page.getByLabel('When do you want to start?', { exact: true }).selectOption('1-3-months');
  await page.getByLabel('About your project (optional)', { exact: true }).fill('A booking site for our studio.');
  await page.getByLabel(/I agree/).check();
}

async function openQuote(javaScript: boolean): Promise<Page> {
  const context = await phone(browser(), javaScript);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/f/quote/`);
  if (javaScript) await hydrate(page);
  return page;
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the quote form on a phone %s', (_, javaScript) => {
  const tag = javaScript ? 'js' : 'nojs';

  it('submits, reaches the thank-you page, and the lead is in D1', async () => {
    const page = await openQuote(javaScript);
    const email = `katherine.${tag}@example.com`;
    await fillQuote(page, email);
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thank you, your request is in');

    const leads = await leadsWithEmail(persistDir, email);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.form_slug).toBe('quote');
    expect(JSON.parse(leads[0]?.answers ?? '{}')).toMatchObject({
      name: 'Katherine Johnson',
      phone: '+17575550100',
      service: 'web-design',
      budget: '2k-10k',
      timeline: '1-3-months',
      consent: true,
    });
    await page.context().close();
  });

  it('keeps the typed answers and shows a message beside the wrong field, storing nothing', async () => {
    const page = await openQuote(javaScript);
    const email = `not-an-email.${tag}`;
    await fillQuote(page, email);
    const button = page.getByRole('button', { name: 'Get my quote' });
    if (javaScript) {
      // The island catches the mistake before anything is sent.
      await button.click();
    } else {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        button.click(),
      ]);
      expect(response.status()).toBe(422);
    }

    const emailInput = page.getByLabel('Email', { exact: true });
    await expect.poll(() => emailInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await emailInput.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toBe(
      'Enter an email address like name@example.com.',
    );
    await expect(emailInput.inputValue()).resolves.toBe(email);
    await expect(page.getByLabel('Your name', { exact: true }).inputValue()).resolves.toBe('Katherine Johnson');
    await expect(page.getByLabel('$2,000 – $10,000', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('One answer needs your attention');
    if (javaScript) await expect.poll(() => emailInput.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await leadsWithEmail(persistDir, email)).toHaveLength(0);
    await page.context().close();
  });
});

describe('inline validation with JavaScript', () => {
  it('explains a wrong email when the visitor leaves the field, and clears it once fixed', async () => {
    const page = await openQuote(true);
    const email = page.getByLabel('Email', { exact: true });
    await email.fill('ada@');
    await email.blur();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await email.fill('ada@example.com');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe(null);
    await page.context().close();
  });
});

describe('hydration on first touch', () => {
  it('loads no script file with the page, and keeps what was typed while the island arrives', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await expect(page.locator('astro-island[ssr]').count()).resolves.toBe(1);

    // Typing starts at once; the island hydrates underneath and must not reset the field.
    const name = page.getByLabel('Your name', { exact: true });
    await name.pressSequentially('Grace Hopper');
    await page.waitForSelector('astro-island:not([ssr])');
    expect(scripts.length).toBeGreaterThan(0);
    await expect(name.inputValue()).resolves.toBe('Grace Hopper');
    await page.getByLabel('Email', { exact: true }).fill('grace@');
    await page.getByLabel('Email', { exact: true }).blur();
    await expect.poll(() => page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('wakes the island for Enter pressed mid-typing, so the errors show in place rather than after a reload', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.isNavigationRequest()) posts.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    const name = page.getByLabel('Your name', { exact: true });
    // Typing and Enter with no pause: the island is still asleep when the form is sent.
    await name.pressSequentially('Ada', { delay: 30 });
    await name.press('Enter');
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);
    await expect(name.inputValue()).resolves.toBe('Ada');
    expect(new URL(page.url()).pathname).toBe('/f/quote/');
    await context.close();
  });

  it('stays asleep while the visitor tabs on to the next text field, and wakes once they pause', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    // Timed inside the page: when focus moved on, and when the island woke (Astro drops `ssr`).
    await page.evaluate(() => {
      const island = document.querySelector('astro-island');
      const times = { moved: 0, woke: 0 };
      Object.assign(window, { times });
      document.addEventListener('focusin', (event) => {
        if ((event.target as HTMLInputElement).name === 'email') times.moved = performance.now();
      });
      new MutationObserver(() => {
        if (!island?.hasAttribute('ssr') && !times.woke) times.woke = performance.now();
      }).observe(island as Node, { attributes: true });
    });
    const name = page.getByLabel('Your name', { exact: true });
    await name.pressSequentially('Ada', { delay: 20 });
    await name.press('Tab');
    await page.getByLabel('Email', { exact: true }).pressSequentially('ada@', { delay: 20 });
    await page.waitForSelector('astro-island:not([ssr])');
    const times = await page.evaluate(() => (window as unknown as { times: { moved: number; woke: number } }).times);
    expect(times.moved).toBeGreaterThan(0);
    // At least the pause after the last key, which came after the move: never at the move itself.
    expect(times.woke - times.moved).toBeGreaterThanOrEqual(400);
    await expect(name.inputValue()).resolves.toBe('Ada');
    await context.close();
  });

  it('sends once when Enter is pressed twice in a row, while the island wakes and once it is awake', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const sends: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/submissions')) sends.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    // The choices are set as autofill might, without a tap (a tap would wake the island at once).
    const email = `twice.${Date.now()}@example.com`;
    await page.evaluate((address) => {
      const form = document.querySelector<HTMLFormElement>('form.fw-form');
      const set = (name: string, value: string) => {
        const control = form?.elements.namedItem(name);
        if (control instanceof HTMLSelectElement || control instanceof HTMLInputElement) control.value = value;
        if (control instanceof RadioNodeList) control.value = value;
      };
      set('email', address);
      set('service', 'web-design');
      set('budget', '2k-10k');
      set('timeline', 'asap');
      const consent = form?.elements.namedItem('consent');
      if (consent instanceof HTMLInputElement) consent.checked = true;
    }, email);
    const name = page.getByLabel('Your name', { exact: true });
    await name.pressSequentially('Ada Lovelace', { delay: 20 });
    await name.press('Enter');
    await name.press('Enter');
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    expect(sends).toHaveLength(1);
    await context.close();
  });
});
