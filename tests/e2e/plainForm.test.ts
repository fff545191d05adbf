import { describe, expect, inject, it } from 'vitest';
import { quote } from '../../templates/quote';
import { axeViolations } from './axe';
import { hydrate, phone, sharedChromium } from './browser';
import { fillPage } from './fillAnswers';
import { leadsWithEmail } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

// One-page forms are enhanced without an island (src/islands/plain): what a visitor does on them.
describe('a one-page form enhanced without an island, on a phone', () => {
  it('drops a hidden question from the error summary when a change of answer stops asking it', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.goto(`${baseUrl}/f/callback/`);
    await hydrate(page);
    await expect(page.getByLabel('Ihr Anliegen').count()).resolves.toBe(0);
    await page.getByLabel('Worum geht es?').selectOption('sonstiges');
    await page.getByLabel('Ihr Anliegen').waitFor();
    await page.getByRole('button', { name: /Rückruf/ }).click();
    const summary = page.locator('.fw-summary');
    await expect.poll(() => summary.locator('a').allTextContents()).toContain('Ihr Anliegen');
    expect(await axeViolations(page)).toEqual([]);

    // Another topic: the question goes, and so does its entry; every link left points at a question on the page.
    await page.getByLabel('Worum geht es?').selectOption('angebot');
    await expect(page.getByLabel('Ihr Anliegen').count()).resolves.toBe(0);
    await expect.poll(() => summary.locator('a').allTextContents()).not.toContain('Ihr Anliegen');
    for (const href of await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(href ?? '#none').count()).resolves.toBe(1);
    }
    // Asked again, it comes back as it was left: empty, and still to be answered.
    await page.getByLabel('Worum geht es?').selectOption('sonstiges');
    await expect(page.getByLabel('Ihr Anliegen').inputValue()).resolves.toBe('');
    await page.context().close();
  });

  it('keeps a phone number typed beside its country list across a reload', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.goto(`${baseUrl}/f/appointment/`);
    await hydrate(page);
    await page.getByLabel('Country of the phone number').focus();
    await page.getByLabel('Country of the phone number').selectOption('DE');
    await page.getByLabel('Phone (optional)', { exact: true }).fill('030 1234567');
    await page.getByLabel('Name', { exact: true }).fill('Lise Meitner');
    await page.reload();
    await expect.poll(() => page.getByLabel('Phone (optional)', { exact: true }).inputValue()).toBe('030 1234567');
    await expect(page.getByLabel('Country of the phone number').inputValue()).resolves.toBe('DE');
    // The flag follows the restored country, not the page's default.
    await expect.poll(() => page.locator('.fw-flag').textContent()).toBe('🇩🇪');
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Lise Meitner');
    await page.context().close();
  });

  it('gives back the answers of a visitor who left by a link and came back by another, untouched', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.goto(`${baseUrl}/f/quote/`);
    await hydrate(page);
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.goto(`${baseUrl}/`);
    // A fresh visit in the same tab (not a reload, not Back): the answers come back without a tap.
    await page.goto(`${baseUrl}/f/quote/`);
    await expect.poll(() => page.getByLabel('Your name').inputValue(), { timeout: 5_000 }).toBe('Ada Lovelace');
    await page.context().close();
  });

  it('posts as plain HTML when its code fails to start, so the lead is stored, not lost', async () => {
    const page = await (await phone(browser(), true)).newPage();
    // The page's data for the code arrives broken: the code cannot start.
    await page.route(`${baseUrl}/f/quote/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('id="fw-plain">', 'id="fw-plain">{broken');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl}/f/quote/`);
    const email = `broken.${Date.now()}@example.com`;
    await fillPage(page, quote, {
      name: 'Hedy Lamarr',
      email,
      service: 'web-design',
      budget: '2k-10k',
      timeline: '1-3-months',
      consent: 'yes',
    });
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    await expect(leadsWithEmail(persistDir, email)).resolves.toHaveLength(1);
    await page.context().close();
  });

  it('keeps every answer when the network drops the send, says so, and sends once it is back', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.goto(`${baseUrl}/f/quote/`);
    await hydrate(page);
    const email = `offline.${Date.now()}@example.com`;
    await fillPage(page, quote, {
      name: 'Mary Jackson',
      email,
      service: 'web-design',
      budget: '2k-10k',
      timeline: '1-3-months',
      consent: 'yes',
    });
    await page.route('**/api/forms/quote/submissions', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Get my quote' }).click();
    const problem = page.locator('.fw-problem[role="alert"]');
    await expect.poll(() => problem.textContent()).toContain('nothing was sent');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);
    await expect(page.getByRole('button', { name: 'Get my quote' }).isEnabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute('**/api/forms/quote/submissions');
    await page.getByRole('button', { name: 'Get my quote' }).click();
    await page.waitForURL(`${baseUrl}/f/quote/thanks/`);
    await expect(leadsWithEmail(persistDir, email)).resolves.toHaveLength(1);
    await page.context().close();
  });

  it('moves between steps in place: the header, the bar, Back and the error list follow, axe clean', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.goto(`${baseUrl}/f/demo/`);
    await hydrate(page);
    // No island on a form with steps either.
    await expect(page.locator('astro-island').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Back' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Next' }).click();
    // The list of answers to fix sits under the step's header, as the server puts it.
    await page.locator('.fw-step-header + .fw-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByLabel('Work email', { exact: true }).fill(`steps.${Date.now()}@example.com`);
    await page.getByLabel('Company', { exact: true }).fill('Navy');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.fw-step-title').textContent()).toBe('Your team');
    await expect(page.locator('.fw-summary').count()).resolves.toBe(0);
    await expect(page.locator('.fw-progress-label').textContent()).resolves.toBe('Step 2 of 3');
    await expect(
      page.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]),
    ).resolves.toEqual([2, 3]);
    await expect(page.getByRole('button', { name: 'Back' }).isVisible()).resolves.toBe(true);
    // The heading takes the focus, so a screen reader starts on the new step.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('fw-step-title');
    // Step 1's questions are out of the form, so nothing of them is read or posted twice.
    await expect(page.locator('form.fw-form [name="company"]').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/shots/demo-step-2-phone.png' });
    await page.context().close();
  });
});
