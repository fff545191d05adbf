import { describe, expect, inject, it } from 'vitest';
import { formSteps } from '../../src/engine/definition/formSteps';
import { applyVariant } from '../../src/engine/variants/applyVariant';
import { templates } from '../../templates';
import { leaksIn, serverOnlyTraces } from '../engine/definition/serverOnlyTraces';
import { axeViolationsOfNoScriptPage } from './axe';
import { hydrate, phone, sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedChromium();

describe('the templates gallery', () => {
  it('lists every template on the home page', async () => {
    const page = await (await phone(browser(), false)).newPage();
    await page.goto(`${baseUrl}/`);
    const links = await page.locator('.fw-gallery a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.toSorted()).toEqual([...templates.keys()].map((slug) => `/f/${slug}/`).toSorted());
    // Grouped by what the visitor gets: a quiz sits under Quizzes, a calculator under Calculators.
    const shelfOf = (slug: string) => page.locator(`.gallery-shelf:has(a[href="/f/${slug}/"]) h2`).textContent();
    await expect(shelfOf('product-finder')).resolves.toBe('Quizzes');
    await expect(shelfOf('loan-calculator')).resolves.toBe('Calculators');
    await expect(shelfOf('quote')).resolves.toBe('Lead forms');
    await expect(page.locator('a[href="/admin/"]').count()).resolves.toBe(1);
    expect(await axeViolationsOfNoScriptPage(page)).toEqual([]);
    await page.context().close();
  });

  describe.each([...templates.values()].map((form) => [form.slug, form] as const))('/f/%s/', (_, form) => {
    it('ships no server-only part of the definition (scoring rules, webhooks, secret names, owner settings)', async () => {
      const pages = [
        `/f/${form.slug}/`,
        `/f/${form.slug}/thanks/`,
        ...(form.quiz?.outcomes ?? []).map((o) => `/f/${form.slug}/outcome/${o.id}/`),
      ];
      for (const path of pages) {
        const response = await fetch(`${baseUrl}${path}`);
        expect(response.status, path).toBe(200);
        expect(leaksIn(await response.text(), serverOnlyTraces(form)), path).toEqual([]);
      }
    });

    it('has a thank-you page that says what the definition says, and links only where the definition links', async () => {
      const page = await (await phone(browser(), false)).newPage();
      const response = await page.goto(`${baseUrl}/f/${form.slug}/thanks/`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(form.thankYou.title);
      expect(await page.locator('main').textContent()).toContain(form.thankYou.body);
      // The static page is what anyone can open: no download, no tier's step, only the definition's own
      // link and the way back to the business's site.
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([form.thankYou.link?.href, form.thankYou.site?.href].filter(Boolean));
      await page.context().close();
    });

    it.each([
      ['with JavaScript', true],
      ['without JavaScript', false],
    ])('renders every first-step question on a phone %s, without sideways scrolling', async (_, javaScript) => {
      const page = await (await phone(browser(), javaScript)).newPage();
      const response = await page.goto(`${baseUrl}/f/${form.slug}/`);
      expect(response?.status()).toBe(200);
      if (javaScript) await hydrate(page);
      const first = formSteps(form)[0]?.fields ?? [];
      for (const name of first) {
        const field = form.fields.find((f) => f.name === name);
        // A conditional question waits for the answer it depends on, with or without JavaScript.
        if (!field || field.showIf) continue;
        expect(await page.locator(`[name="${name}"]`).count(), name).toBeGreaterThan(0);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // A form with an A/B test serves one variant's page: its headline is that variant's.
      const variant = (await page.locator('input[name="_ab"]').count())
        ? await page.locator('input[name="_ab"]').getAttribute('value')
        : undefined;
      await expect(page.locator('h1').textContent()).resolves.toBe(applyVariant(form, variant ?? undefined).title);
      await page.context().close();
    });
  });
});
