import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrate, phone, sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedChromium();

async function open(path: string, javaScript: boolean): Promise<Page> {
  const page = await (await phone(browser(), javaScript)).newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** The computed value of `property` on the first element `selector` finds. */
function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
}

describe('what a page carries', () => {
  it('is the base style sheet alone on a one-step lead form, and no framework marks in its markup', async () => {
    const html = await (await fetch(`${baseUrl}/f/newsletter/`)).text();
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
    // What any form can show: its choices, the error summary the enhancer paints, the thank-you box.
    for (const rule of ['.fw-choice', '.fw-summary', '.fw-done']) expect(css).toContain(rule);
    // What this form has none of: cards, steps, live results, letter keys, a country list, other pages.
    for (const absent of [
      '.fw-cards',
      '.fw-back',
      '.fw-result-bar',
      '.fw-key',
      '.fw-country',
      '.fw-done-mark',
      '.fw-share',
    ])
      expect(css).not.toContain(absent);
    expect(html).not.toMatch(/<!--[$!/]*-->/);
  });
});

describe('each part of a form, styled where the form has it', () => {
  it('lays a quiz out as cards, then gives the next question the screen with a Back button', async () => {
    const page = await open('/f/qualification/', true);
    const columns = await styleOf(page, '.fw-options.fw-cards', 'grid-template-columns');
    expect(columns.split(' ')).toHaveLength(2);
    await expect(styleOf(page, '.fw-key', 'border-top-width')).resolves.toBe('1px');
    await hydrate(page);
    await page.locator('.fw-cards .fw-choice').first().click();
    await page.locator('.fw-back:not([hidden])').waitFor();
    await expect(styleOf(page, '.fw-back', 'border-top-width')).resolves.toBe('1px');
    await expect(page.locator('main > .fw-intro').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('keeps a calculator’s answer in a bar fixed to the foot of the screen', async () => {
    const page = await open('/f/loan-calculator/', true);
    await expect(styleOf(page, '.fw-result-bar', 'position')).resolves.toBe('fixed');
    await expect(styleOf(page, '.fw-figure', 'display')).resolves.toBe('grid');
    await page.context().close();
  });

  it('sets the phone’s country list narrow beside the number, with and without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const page = await open('/f/appointment/', javaScript);
      // 8.5rem at 16px: the number keeps the rest of the row.
      await expect(styleOf(page, 'select.fw-country', 'width')).resolves.toBe('136px');
      await page.context().close();
    }
  });

  it('marks a thank-you page with a round tick and an outcome page with its share row', async () => {
    const thanks = await open('/f/quote/thanks/', false);
    await expect(styleOf(thanks, '.fw-done-mark', 'border-radius')).resolves.toBe('50%');
    await thanks.context().close();
    const outcome = await open('/f/product-finder/outcome/daily-ritual/', false);
    await expect(styleOf(outcome, '.fw-share', 'display')).resolves.toBe('flex');
    await outcome.context().close();
  });
});
