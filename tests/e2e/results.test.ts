import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { evaluateResults } from '../../src/engine/scoring/evaluateResults';
import { visitorResults } from '../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../src/engine/validation/validateAnswers';
import { findTemplate } from '../../templates';
import { hydrate, phone, sharedChromium } from './browser';
import { answerStep, completeForm, fillPage, type Scenario } from './fillAnswers';
import { leadsWithEmail } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

const contact = (email: string) => ({ name: 'Mary Jackson', email, consent: 'on' });

const calculators: [string, (email: string) => Scenario][] = [
  [
    'renovation-estimate',
    (email) => ({
      room: 'bathroom',
      area: '10',
      finish: 'premium',
      extras: ['underfloor-heating', 'skip'],
      timeline: '3-months',
      postcode: 'BS1 4DJ',
      ...contact(email),
    }),
  ],
  [
    'savings-calculator',
    (email) => ({
      team_size: '12',
      hours_per_week: '6.5',
      hourly_cost: '45',
      seat_price: 'team',
      company: 'Langley Labs',
      ...contact(email),
    }),
  ],
  [
    'loan-calculator',
    (email) => ({ amount: '25000', rate: '4.9', years: '5', purpose: 'auto', timeline: 'bald', ...contact(email) }),
  ],
];

const quizzes: [string, (email: string) => Scenario, string][] = [
  [
    'product-finder',
    (email) => ({
      brew: 'pour-over',
      milk: 'black',
      flavours: ['berries', 'floral'],
      caffeine: 'full',
      usage: 'two-bags',
      buying: 'roaster',
      first_name: 'Mary',
      email,
      consent: 'on',
      marketing: 'on',
    }),
    'sunrise-filter',
  ],
  [
    'qualification',
    (email) => ({
      team_size: '16-50',
      needs: ['sso', 'api'],
      budget: '1000-5000',
      current_tool: 'helpdesk',
      timeline: 'this-quarter',
      role: 'decide',
      company: 'Langley Labs',
      ...contact(email),
    }),
    '',
  ],
];

function form(slug: string): FormDefinition {
  const found = findTemplate(slug);
  if (!found) throw new Error(`no template "${slug}"`);
  return found;
}

/** What the engine computes for these answers, as the visitor should see it. */
function expected(definition: FormDefinition, scenario: Scenario) {
  const verdict = validateAnswers(definition, scenario);
  if (!verdict.ok) throw new Error(`the ${definition.slug} scenario is invalid: ${JSON.stringify(verdict.errors)}`);
  return visitorResults(definition, evaluateResults(definition, verdict.answers));
}

async function open(slug: string, javaScript: boolean): Promise<Page> {
  const page = await (await phone(browser(), javaScript)).newPage();
  await page.goto(`${baseUrl}/f/${slug}/`);
  if (javaScript) await hydrate(page);
  return page;
}

const shownFigures = (page: Page, scope: string) =>
  page
    .locator(`${scope} .fw-figure`)
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('output')?.textContent]),
    );

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('calculators on a phone %s', (_, javaScript) => {
  it.each(calculators)('%s shows the figures the Worker computed and stores them', async (slug, scenario) => {
    const definition = form(slug);
    const email = `${slug}.${javaScript ? 'js' : 'nojs'}@example.com`;
    const answers = scenario(email);
    const figures = expected(definition, answers).figures.map((f) => [f.label, f.text]);
    expect(figures.length).toBeGreaterThan(0);
    const page = await open(slug, javaScript);

    if (javaScript) {
      // Live, before anything is sent: the same figures, from the same engine.
      await fillPage(page, definition, answers);
      await expect.poll(() => shownFigures(page, '.fw-results')).toEqual(figures);
    }
    await completeForm(page, definition, answers);
    await expect.poll(() => shownFigures(page, '.fw-done')).toEqual(figures);
    await expect(page.locator('.fw-done h2').textContent()).resolves.toBe(definition.thankYou.title);

    const [lead, ...others] = await leadsWithEmail(persistDir, email);
    expect(others).toHaveLength(0);
    const stored = JSON.parse(lead?.results ?? '{}') as { computed: Record<string, number> };
    for (const figure of expected(definition, answers).figures) expect(stored.computed[figure.name]).toBe(figure.value);
    await page.context().close();
  });
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('quizzes on a phone %s', (_, javaScript) => {
  it.each(quizzes)('%s reaches the outcome page the answers earn', async (slug, scenario, expectedOutcome) => {
    const definition = form(slug);
    const email = `${slug}.${javaScript ? 'js' : 'nojs'}@example.com`;
    const answers = scenario(email);
    const outcome = expected(definition, answers).outcome;
    if (expectedOutcome) expect(outcome?.id).toBe(expectedOutcome);
    const page = await open(slug, javaScript);

    await completeForm(page, definition, answers);
    await page.waitForURL(`${baseUrl}${outcome?.url}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(outcome?.title);

    const [lead] = await leadsWithEmail(persistDir, email);
    expect(lead?.outcome).toBe(outcome?.id);
    await page.context().close();
  });
});

describe('live quiz results with JavaScript', () => {
  it('show the best match so far while an ungated quiz is answered', async () => {
    const definition = form('qualification');
    const answers = quizzes[1]?.[1]('live@example.com') ?? {};
    const page = await open('qualification', true);
    const outcome = expected(definition, answers).outcome;
    // One question at a time: the match shows after the last question that scores.
    for (let step = 0; step < 12 && !(await page.locator('.fw-match').isVisible()); step += 1) {
      await answerStep(page, definition, answers);
    }
    await fillPage(page, definition, answers);
    await expect.poll(() => page.locator('.fw-match strong').textContent()).toBe(outcome?.title);
    await page.context().close();
  });

  it("keep a gated quiz's outcome until the contact details are sent", async () => {
    const definition = form('product-finder');
    const page = await open('product-finder', true);
    await fillPage(page, definition, quizzes[0]?.[1]('gated@example.com') ?? {});
    await expect(page.locator('.fw-match').count()).resolves.toBe(0);
    await page.context().close();
  });
});
