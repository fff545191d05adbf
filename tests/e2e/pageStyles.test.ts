import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formRoutes } from '../../src/engine/definition/formRoutes';
import { templates } from '../../templates';
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

/** The source of every style part (src/styles/parts). */
function partSources(): string[] {
  const dir = new URL('../../src/styles/parts/', import.meta.url);
  return readdirSync(dir).map((file) => readFileSync(new URL(file, dir), 'utf8'));
}

describe('the styles of every built page', () => {
  const pages = [...templates.values()].flatMap((form) => {
    const routes = formRoutes(form.slug, false);
    return [routes.page, routes.thanks, ...(form.quiz?.outcomes ?? []).map((outcome) => routes.outcome(outcome.id))];
  });

  it.each(pages)('include every rule of a part that something on %s matches, after the send too', async (path) => {
    const page = await open(path, false);
    const missing = await page.evaluate((sources) => {
      const selectors = (rules: CSSRuleList): string[] =>
        [...rules].flatMap((rule) => {
          if (rule instanceof CSSStyleRule) return [rule.selectorText];
          return rule instanceof CSSGroupingRule ? selectors(rule.cssRules) : [];
        });
      const sheet = (text: string) => {
        const made = new CSSStyleSheet();
        made.replaceSync(text);
        return made.cssRules;
      };
      const own = new Set([...document.styleSheets].flatMap((each) => selectors(each.cssRules)));
      // The thank-you view the enhancer shows after the send waits in a template.
      const roots: ParentNode[] = [document, ...[...document.querySelectorAll('template')].map((t) => t.content)];
      const used = (selector: string) => {
        const plain = selector.replaceAll(/::?(before|after)\b/g, '');
        return roots.some((root) => root.querySelector(plain) !== null);
      };
      return sources
        .flatMap((text) => selectors(sheet(text)))
        .filter((selector) => used(selector) && !own.has(selector));
    }, partSources());
    expect(missing).toEqual([]);
    await page.context().close();
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

  it('keeps a visitor’s answer as typed when the page comes back without JavaScript, even one that looks like a mark', async () => {
    const page = await open('/f/newsletter/', false);
    const typed = 'Ann <!--/--> <!--$--> Lee';
    await page.locator('input[name="first_name"]').fill(typed);
    await page.locator('.fw-submit').click();
    await page.locator('.fw-summary').waitFor();
    await expect(page.locator('input[name="first_name"]').inputValue()).resolves.toBe(typed);
    await page.context().close();
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
