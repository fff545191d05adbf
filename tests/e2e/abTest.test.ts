import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AWAKE } from '../../bench/formAwake';
import { leadMagnet } from '../../templates/lead-magnet';
import { adminContext, signInAt, watchForViolations } from './adminPages';
import { axeViolations } from './axe';
import { phone, sharedChromium } from './browser';
import { fillPage } from './fillAnswers';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const browser = sharedChromium();

const HEADLINES: Record<string, string> = {
  'The small-business guide to faster follow-up': 'guide',
  'Answer every enquiry within the hour': 'promise',
};

/**
 * Records every text the headline and intro ever had, from the first parse on, to catch a swap after load.
 * The parser may hand the page over in pieces, so a half-parsed text is seen too: a swap is a text that
 * is not the start of the one the page ends with.
 */
async function watchHeadline(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { h1: [] as string[], intro: [] as string[] };
    (window as unknown as { seenTexts: typeof seen }).seenTexts = seen;
    const note = (list: string[], text: string | null | undefined) => {
      if (text && list.at(-1) !== text) list.push(text);
    };
    new MutationObserver(() => {
      note(seen.h1, document.querySelector('h1')?.textContent);
      note(seen.intro, document.querySelector('.fw-intro')?.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Every headline and intro text the page showed was the start of the one it shows now. */
async function expectNoSwap(page: Page, headline: string): Promise<void> {
  const now = {
    h1: (await page.locator('h1').textContent()) ?? '',
    intro: (await page.locator('.fw-intro').first().textContent()) ?? '',
  };
  expect(now.h1).toBe(headline);
  const seen = await page.evaluate(
    () => (window as unknown as { seenTexts: Record<'h1' | 'intro', string[]> }).seenTexts,
  );
  expect(seen.h1.length).toBeGreaterThan(0);
  for (const key of ['h1', 'intro'] as const) {
    for (const text of seen[key]) expect(now[key].startsWith(text), `${key} once read "${text}"`).toBe(true);
  }
}

describe('an A/B test as visitors see it, on a phone', () => {
  it('serves one variant’s own page per visitor, with no swap after load and no extra request, JS on', {
    timeout: 120_000,
  }, async () => {
    const seen = new Set<string>();
    for (let visitor = 0; visitor < 16 && seen.size < 2; visitor++) {
      const context = await phone(browser(), true);
      const page = await context.newPage();
      await watchHeadline(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${baseUrl}/f/lead-magnet/`, { waitUntil: 'load' });
      // The page is the whole of it: the variant needs no script, style or call of its own (the form's
      // loader under /_astro/ is every one-page form's, the same file whichever variant is served).
      expect(requests.filter((path) => !path.startsWith('/_astro/'))).toEqual(['/f/lead-magnet/']);
      const headline = (await page.locator('h1').textContent()) ?? '';
      const variant = HEADLINES[headline];
      expect(variant).toBeDefined();
      seen.add(variant ?? '');
      expect(await page.locator('input[name="_ab"]').getAttribute('value')).toBe(variant);
      // The first touch wakes the form's code: the headline and intro stay exactly as first parsed.
      await page.locator('form.fw-form input[type=email]').focus();
      await page.waitForSelector(AWAKE);
      await expectNoSwap(page, headline);
      // The same visitor coming back sees the same variant.
      await page.reload({ waitUntil: 'load' });
      await expectNoSwap(page, headline);
      if (visitor === 0) expect(await axeViolations(page)).toEqual([]);
      if (variant === 'promise') {
        // The variant asks the first name first, in its own words; the form's code keeps that order.
        const labels = await page.locator('form.fw-form label').allTextContents();
        expect(labels.findIndex((l) => l.includes('Your first name'))).toBeLessThan(
          labels.findIndex((l) => l.startsWith('Email')),
        );
        await page.screenshot({ path: '/tmp/shots/ab-promise-phone.png' });
      }
      await context.close();
    }
    expect([...seen].sort()).toEqual(['guide', 'promise']);
  });

  it('sends a lead from a variant’s page without JavaScript, and the owner reads the test on a phone', {
    timeout: 120_000,
  }, async () => {
    const context = await phone(browser(), false);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/lead-magnet/`);
    const variant = await page.locator('input[name="_ab"]').getAttribute('value');
    expect(['guide', 'promise']).toContain(variant);
    await fillPage(page, leadMagnet, {
      email: `ab.nojs.${Date.now()}@example.com`,
      first_name: 'Maria',
      role: 'owner',
      consent: 'yes',
    });
    await page.waitForTimeout(1_600);
    await page.getByRole('button', { name: 'Get the guide' }).click();
    await page.getByRole('link', { name: 'Download the guide (PDF)' }).waitFor();
    await context.close();

    const admin = await (await adminContext(browser(), 'phone')).newPage();
    const { violations } = watchForViolations(admin);
    await signInAt(admin, baseUrl, '/admin/funnel/', password);
    await admin.goto(`${baseUrl}/admin/funnel/?form=lead-magnet#test`);
    const table = admin.getByRole('region', { name: 'A/B test by variant' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: `(${variant})` });
    // At least this visit's view and lead count under the variant the page was.
    const cells = await row.locator('td').allTextContents();
    expect(Number(cells[1])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[3])).toBeGreaterThanOrEqual(1);
    await admin.getByText('End the test and keep a variant').click();
    await admin.getByLabel('Variant to keep').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.evaluate(() => document.getElementById('test')?.scrollIntoView());
    await admin.screenshot({ path: '/tmp/shots/ab-funnel-phone.png' });
    expect(violations).toEqual([]);
    await admin.context().close();
  });
});
