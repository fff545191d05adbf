import { describe, expect, inject, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { countRows } from '../../bench/d1/countRows';
import { rowsAdded } from '../../bench/d1/rowsAdded';
import { quoteAnswers } from '../../bench/quoteAnswers';
import { publishStudioCopy } from '../../bench/studio/publishStudioCopy';
import { measurePageWeight } from '../../bench/weight/measurePageWeight';
import { studioRatios } from '../../bench/weight/studioRatios';
import { templates } from '../../templates';
import { sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const password = inject('adminPassword');
const browser = sharedChromium();

// The same measurement `npm run bench` reports (bench/weight/measurePageWeight.ts).
describe('performance budgets', () => {
  it(`loads the quote page with everything it fetches in at most ${budgets.quotePageGzip} bytes gzip`, async () => {
    const weight = await measurePageWeight(browser(), `${baseUrl}/f/quote/`);
    expect(weight.total.gzip).toBeLessThanOrEqual(budgets.quotePageGzip);
  });

  it.each([...templates.keys()])(
    `loads at most ${budgets.loadJsGzip} bytes gzip of JavaScript and nothing from another origin on /f/%s/`,
    async (slug) => {
      const weight = await measurePageWeight(browser(), `${baseUrl}/f/${slug}/`);
      expect(weight.thirdParty).toHaveLength(budgets.thirdPartyRequests);
      expect(weight.loadJs.gzip).toBeLessThanOrEqual(budgets.loadJsGzip);
    },
  );

  it.each([...templates.values()].map((form) => [form.slug, form] as const))(
    'fetches no more than its kind allows on the first tap of /f/%s/',
    async (slug, form) => {
      const results = form.calculations.length > 0 || form.quiz !== undefined;
      const weight = await measurePageWeight(browser(), `${baseUrl}/f/${slug}/`);
      expect(weight.onTouch.js.gzip).toBeGreaterThan(0);
      expect(weight.onTouch.total.gzip).toBeLessThanOrEqual(
        results ? budgets.firstTouchResultsGzip : budgets.firstTouchLeadFormGzip,
      );
    },
  );

  it(`serves a studio-published copy of the quote form within ${budgets.studioCopyRatio}× the template page's weight and first-touch JavaScript`, async () => {
    const studioUrl = await publishStudioCopy(baseUrl, password, 'quote', 'budget-studio-quote');
    const template = await measurePageWeight(browser(), `${baseUrl}/f/quote/`);
    const studio = await measurePageWeight(browser(), studioUrl);
    // The studio page is a real form page, not an error page: the same number of requests and a form.
    expect(studio.requests).toBe(template.requests);
    expect(studio.onTouch.js.gzip).toBeGreaterThan(0);
    const ratios = studioRatios(template, studio);
    expect(ratios.page).toBeLessThanOrEqual(budgets.studioCopyRatio);
    expect(ratios.firstTouchJs).toBeLessThanOrEqual(budgets.studioCopyRatio);
  });

  it(`writes at most ${budgets.d1RowsPerSubmission} D1 rows for a plain quote submission`, async () => {
    const before = await countRows(persistDir);
    const response = await fetch(`${baseUrl}/api/forms/quote/submissions`, {
      method: 'POST',
      // A visitor of its own (a benchmarking-range address, header only): the other browser tests'
      // submissions from 127.0.0.1 must not trip the per-visitor rate limit for this one.
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.19.255.254' },
      body: JSON.stringify({ ...quoteAnswers, email: 'budget@example.com' }),
    });
    expect(response.status).toBe(201);
    const added = rowsAdded(before, await countRows(persistDir));
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(budgets.d1RowsPerSubmission);
  });
});
