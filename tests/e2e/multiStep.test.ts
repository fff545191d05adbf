import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrate, phone, sharedChromium } from './browser';
import { leadsWithEmail } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

async function open(javaScript: boolean): Promise<Page> {
  const page = await (await phone(browser(), javaScript)).newPage();
  await page.goto(`${baseUrl}/f/demo/?utm_source=newsletter`);
  if (javaScript) await hydrate(page);
  return page;
}

const heading = (page: Page) => page.locator('h2').textContent();
const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the two-step demo request on a phone %s', (_, javaScript) => {
  it('walks the steps, skips the step the logic hides, and stores one lead without hidden answers', async () => {
    const page = await open(javaScript);
    const email = `grace.${javaScript ? 'js' : 'nojs'}@example.com`;
    // The last step waits on an answer of step 2, so it counts until that answer rules it out.
    await expect(page.getByText('Step 1 of 3').count()).resolves.toBe(1);

    await next(page);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByLabel('Work email', { exact: true }).fill(email);
    await page.getByLabel('Company', { exact: true }).fill('Navy');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Your team');

    // The seats question waits for a company size, with or without JavaScript: nothing shows and then hides.
    await expect(page.getByLabel(/How many seats/).count()).resolves.toBe(0);
    await page.getByLabel('1–10 people').check();
    await expect(page.getByLabel(/How many seats/).count()).resolves.toBe(0);
    await page.getByLabel('Capturing leads').check();
    await page.getByLabel('When do you want to start?').selectOption('later');
    await page.getByLabel(/I agree that you may contact me/).check();
    // With JavaScript the island knows the last step has been skipped; without it, the answer
    // that decides is on this page, so the button still says "Next" and the Worker finishes.
    await expect(page.locator('.fw-submit').textContent()).resolves.toBe(javaScript ? 'Request my demo' : 'Next');

    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => heading(page)).toBe('About you');
    await expect(page.getByLabel('Company', { exact: true }).inputValue()).resolves.toBe('Navy');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Your team');
    if (javaScript) {
      // The browser's own Back and Forward move between the steps, answers kept, and so does a reload.
      await page.goBack();
      await expect.poll(() => heading(page)).toBe('About you');
      await expect(page.getByLabel('Company', { exact: true }).inputValue()).resolves.toBe('Navy');
      // A reload after Back comes back to the step gone back to, not the one left.
      await page.reload();
      await page.waitForSelector('form[data-enhanced]');
      await expect.poll(() => heading(page)).toBe('About you');
      await page.goForward();
      await expect.poll(() => heading(page)).toBe('Your team');
      await expect(page.getByLabel('1–10 people').isChecked()).resolves.toBe(true);
      await page.reload();
      await expect.poll(() => heading(page)).toBe('Your team');
      await expect(page.getByLabel('1–10 people').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('When do you want to start?').inputValue()).resolves.toBe('later');
      // A reload starts a new fill-time clock (functions/submissions/screening): give it a person's pace.
      await page.waitForTimeout(1_600);
    }
    if (!javaScript) {
      await page.getByLabel('1–10 people').check();
      await page.getByLabel('Capturing leads').check();
      await page.getByLabel('When do you want to start?').selectOption('later');
      await page.getByLabel(/I agree that you may contact me/).check();
    }
    // Both know by now that the answer about the timeline rules the last step out.
    await expect(page.getByText('Step 2 of 2').count()).resolves.toBe(1);
    await page.locator('.fw-submit').click();
    // The demo offers each lead's tier its next step, so the thank-you comes with the answer, not the static page.
    await page.locator('.fw-done h2', { hasText: 'Thanks, we will be in touch' }).waitFor();

    const leads = await leadsWithEmail(persistDir, email);
    expect(leads).toHaveLength(1);
    const answers = JSON.parse(leads[0]?.answers ?? '{}');
    expect(answers).toMatchObject({
      name: 'Grace Hopper',
      company: 'Navy',
      company_size: '1-10',
      use_cases: ['lead-capture'],
      timeline: 'later',
      budget: 1000,
      consent: true,
    });
    expect(answers).not.toHaveProperty('seats');
    expect(answers).not.toHaveProperty('must_haves');
    await page.context().close();
  });
});

describe('a tampered step token', () => {
  it('is refused with a clear message and the form starts again', async () => {
    const page = await open(false);
    await page.getByLabel('Name', { exact: true }).fill('Mallory');
    await page.getByLabel('Work email', { exact: true }).fill('mallory@example.com');
    await page.getByLabel('Company', { exact: true }).fill('Evil Corp');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Your team');
    await page.locator('input[name="_token"]').evaluate((input: HTMLInputElement) => {
      input.value = `x${input.value}`;
    });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Back' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('could not read your earlier answers');
    await expect.poll(() => heading(page)).toBe('About you');
    expect(await leadsWithEmail(persistDir, 'mallory@example.com')).toHaveLength(0);
    await page.context().close();
  });
});
