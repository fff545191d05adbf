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

describe('the form code arrives at the first touch', () => {
  it('loads only a small loader with the page, and keeps what was typed while the form code arrives', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    // No island on a one-page form: neither Astro's nor Solid's runtime, and the form's code waits for a touch.
    await expect(page.locator('astro-island').count()).resolves.toBe(0);
    expect(scripts.filter((path) => /enhanceForm|solid|web\./.test(path))).toEqual([]);
    await expect(page.locator('form[data-plain]:not([data-enhanced])').count()).resolves.toBe(1);

    // Typing starts at once; the code sets up underneath and must not reset the field.
    const name = page.getByLabel('Your name', { exact: true });
    await name.pressSequentially('Grace Hopper');
    await page.waitForSelector('form[data-enhanced]');
    expect(scripts.some((path) => path.includes('enhanceForm'))).toBe(true);
    await expect(name.inputValue()).resolves.toBe('Grace Hopper');
    await page.getByLabel('Email', { exact: true }).fill('grace@');
    await page.getByLabel('Email', { exact: true }).blur();
    await expect.poll(() => page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('holds Enter pressed before the form code arrived, so the errors show in place rather than after a reload', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    // A slow phone network: the form's code takes a second to arrive.
    await page.route('**/enhanceForm.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.isNavigationRequest()) posts.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    const name = page.getByLabel('Your name', { exact: true });
    await name.pressSequentially('Ada', { delay: 30 });
    await name.press('Enter');
    // Held, and said so, while the code is on its way.
    await expect(page.locator('form.fw-form').getAttribute('aria-busy')).resolves.toBe('true');
    await expect
      .poll(() => page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid'), { timeout: 5_000 })
      .toBe('true');
    expect(posts).toEqual([]);
    await expect(name.inputValue()).resolves.toBe('Ada');
    expect(new URL(page.url()).pathname).toBe('/f/quote/');
    await context.close();
  });

  it('posts the form as plain HTML when its code cannot be loaded, and the lead is stored', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    await page.route('**/enhanceForm.*.js', (route) => route.abort('connectionreset'));
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    const email = `unloaded.${Date.now()}@example.com`;
    await fillQuote(page, email);
    // A phone of its own: the other tests' leads share fillQuote's number, and the same person's leads merge.
    await page.getByLabel('Phone (optional)', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    await expect(leadsWithEmail(persistDir, email)).resolves.toHaveLength(1);
    await context.close();
  });

  it('sends once when Enter is pressed twice in a row, while the form code arrives and once it is there', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    const sends: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/submissions')) sends.push(request.url());
    });
    await page.goto(`${baseUrl}/f/quote/`, { waitUntil: 'networkidle' });
    // The choices are set as autofill might, without a tap.
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
