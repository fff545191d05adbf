import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AWAKE } from '../../bench/formAwake';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { localDay, resolveDay } from '../../src/engine/fields/date/relativeDay';
import { evaluateResults } from '../../src/engine/scoring/evaluateResults';
import { visitorResults } from '../../src/engine/scoring/visitorResults';
import { validateAnswers } from '../../src/engine/validation/validateAnswers';
import { findTemplate } from '../../templates';
import { axeViolations, axeViolationsOfNoScriptPage } from './axe';
import { hydrate, phone, sharedChromium, visitorHeaders } from './browser';
import { leadsWithEmail, queryLocalD1 } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

async function open(slug: string, javaScript: boolean, options: { dark?: boolean } = {}): Promise<Page> {
  const context = await phone(browser(), javaScript);
  const page = await context.newPage();
  if (options.dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${baseUrl}/f/${slug}/`);
  return page;
}

function template(slug: string): FormDefinition {
  const form = findTemplate(slug);
  if (!form) throw new Error(`no template ${slug}`);
  return form;
}

/** The option a letter picks on a question, as the badges on the cards say (A is the first). */
function optionAt(form: FormDefinition, name: string, letter: string): string {
  const field = form.fields.find((f) => f.name === name);
  const options = field && 'options' in field ? field.options : [];
  const option = options[letter.charCodeAt(0) - 97];
  if (!option) throw new Error(`${name} has no option ${letter}`);
  return option.value;
}

const progress = (page: Page) => page.locator('.fw-progress-label').textContent();

describe('a question its own answer reveals (the callback form)', () => {
  it('is not on the page at load with or without JavaScript, so nothing flashes or jumps', async () => {
    for (const javaScript of [true, false]) {
      const page = await open('callback', javaScript);
      await expect(page.locator('[name="details"]').count()).resolves.toBe(0);
      if (javaScript) {
        await hydrate(page);
        await expect(page.locator('[name="details"]').count()).resolves.toBe(0);
        await page.locator('select[name="topic"]').selectOption('sonstiges');
        await page.locator('textarea[name="details"]').waitFor();
      }
      await page.context().close();
    }
  });

  it('is asked after the post without JavaScript, without an error, and the lead keeps its answer', async () => {
    const page = await open('callback', false);
    await page.locator('input[name="name"]').fill('Erika Muster');
    await page.locator('input[name="phone"]').fill('+49 30 12345678');
    await page.locator('input[name="preferred_time"]').first().check();
    await page.locator('select[name="topic"]').selectOption('sonstiges');
    await page.locator('input[name="consent"]').check();
    await page.waitForTimeout(1_600);
    await page.locator('.fw-submit').click();
    await page.locator('textarea[name="details"]').waitFor();
    // Asked, not scolded: no error summary, no error under the new question, the rest kept.
    await expect(page.locator('.fw-summary').count()).resolves.toBe(0);
    await expect(page.locator('.fw-error').count()).resolves.toBe(0);
    await expect(page.locator('input[name="name"]').inputValue()).resolves.toBe('Erika Muster');
    expect(await axeViolationsOfNoScriptPage(page)).toEqual([]);

    await page.locator('textarea[name="details"]').fill('Frage zur Lieferung nach Österreich');
    await page.locator('.fw-submit').click();
    await page.waitForURL(/\/f\/callback\/thanks\/$/);
    const leads = await queryLocalD1<{ answers: string }>(
      persistDir,
      "select answers from leads where form_slug = 'callback' and json_extract(answers, '$.name') = 'Erika Muster'",
    );
    expect(leads.map((lead) => JSON.parse(lead.answers).details)).toContain('Frage zur Lieferung nach Österreich');
    await page.context().close();
  });
});

describe('one question at a time (the coffee quiz)', () => {
  it('is answered with the keyboard alone, letters picking cards, and reaches the outcome the answers earn', async () => {
    const form = template('product-finder');
    const letters = { brew: 'd', milk: 'a', flavours: ['a', 'b'], caffeine: 'a', usage: 'b', buying: 'c' };
    const email = 'keyboard.quiz@example.com';
    const answers = {
      brew: optionAt(form, 'brew', letters.brew),
      milk: optionAt(form, 'milk', letters.milk),
      flavours: letters.flavours.map((letter) => optionAt(form, 'flavours', letter)),
      caffeine: optionAt(form, 'caffeine', letters.caffeine),
      usage: optionAt(form, 'usage', letters.usage),
      buying: optionAt(form, 'buying', letters.buying),
      first_name: 'Ada',
      email,
      consent: 'yes',
    };
    const verdict = validateAnswers(form, answers);
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.errors));
    const outcome = visitorResults(form, evaluateResults(form, verdict.answers)).outcome;

    const page = await open('product-finder', true);
    await page.keyboard.press('Tab');
    await page.waitForSelector(AWAKE);
    const answerWith = async (key: string, reached: string) => {
      await page.keyboard.press(key);
      await expect.poll(() => progress(page)).toContain(reached);
    };
    await answerWith(letters.brew, 'Step 2 of');
    await answerWith(letters.milk, 'Step 3 of');
    // Several choices: letters tick, Enter goes on.
    for (const letter of letters.flavours) await page.keyboard.press(letter);
    await answerWith('Enter', 'Step 4 of');
    await answerWith(letters.caffeine, 'Step 5 of');
    await answerWith(letters.usage, 'Step 6 of');
    await page.waitForTimeout(1_600);
    await answerWith(letters.buying, 'Step 7 of');
    // The text question has the focus: type and press Enter.
    await page.locator('input[name="first_name"]:focus').waitFor();
    await page.keyboard.type('Ada');
    await answerWith('Enter', 'Step 8 of');
    await page.locator('input[name="email"]:focus').waitFor();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${outcome?.url}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(outcome?.title);
    const [lead] = await leadsWithEmail(persistDir, email);
    expect(lead?.outcome).toBe(outcome?.id);
    await page.context().close();
  });

  it('moves on by itself when a card is tapped, and the browser Back shows the answer still chosen', async () => {
    const page = await open('product-finder', true);
    await hydrate(page);
    await page.locator('.fw-choice', { hasText: 'AeroPress' }).tap();
    await expect.poll(() => progress(page)).toContain('Step 2 of');
    await page.goBack();
    await expect.poll(() => progress(page)).toContain('Step 1 of');
    await expect(page.getByLabel('AeroPress').isChecked()).resolves.toBe(true);
    await page.context().close();
  });

  it('takes a tap on Next right after a card moved on as meant for that card: the next question is not sent unanswered', async () => {
    const page = await open('product-finder', true);
    await hydrate(page);
    await page.locator('.fw-choice', { hasText: 'AeroPress' }).tap();
    await expect.poll(() => progress(page)).toContain('Step 2 of');
    await page.locator('.fw-submit').tap();
    // Given the time a send of step 2 would take, the page is still on it, with no errors shown.
    await page.waitForTimeout(300);
    await expect(progress(page)).resolves.toContain('Step 2 of');
    await expect(page.locator('.fw-summary').count()).resolves.toBe(0);
    // A tap once the visitor has had the moment to read it counts.
    await page.waitForTimeout(700);
    await page.locator('.fw-submit').tap();
    await page.locator('.fw-summary').waitFor();
    await page.context().close();
  });

  it('has no WCAG 2.2 AA violations on a card question, light and dark, with and without JavaScript', async () => {
    for (const dark of [false, true]) {
      const page = await open('product-finder', true, { dark });
      await hydrate(page);
      expect(await axeViolations(page), dark ? 'dark' : 'light').toEqual([]);
      await page.context().close();
    }
    const page = await open('product-finder', false);
    await page.locator('.fw-choices input').first().check();
    await page.locator('.fw-submit').click();
    await expect.poll(() => progress(page)).toContain('Step 2 of');
    expect(await axeViolationsOfNoScriptPage(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a calculator on a phone (the loan calculator)', () => {
  it('starts from real defaults, shows its answer before the contact questions, and keeps it in sight', async () => {
    const page = await open('loan-calculator', true);
    // A default is a value, not a placeholder that only looks filled in.
    await expect(page.locator('input[name="rate"]').inputValue()).resolves.toBe('6.5');
    await hydrate(page);
    const figure = page.locator('.fw-results .fw-figure output').first();
    await expect.poll(() => figure.textContent()).toMatch(/\d.*€/);
    const results = await page.locator('.fw-results').boundingBox();
    const name = await page.locator('input[name="name"]').boundingBox();
    expect(results && name && results.y < name.y).toBe(true);

    // Scrolled down to the contact questions, the bar shows the same figure and follows the slider.
    await page.locator('input[name="consent"]').scrollIntoViewIfNeeded();
    const bar = page.locator('.fw-result-bar');
    await expect.poll(() => bar.evaluate((el) => el.classList.contains('fw-result-bar-away'))).toBe(false);
    await expect(bar.locator('strong').textContent()).resolves.toBe(await figure.textContent());
    const before = await bar.locator('strong').textContent();
    await page.locator('input[name="amount"]').evaluate((input) => {
      (input as HTMLInputElement).value = '50000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => bar.locator('strong').textContent()).not.toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a calculator across a reload (the loan calculator)', () => {
  it('shows the figures of the answers kept, not those of the answers the page opened with', async () => {
    const page = await open('loan-calculator', true);
    await hydrate(page);
    const figure = page.locator('.fw-results .fw-figure output').first();
    const opened = await figure.textContent();
    await page.locator('input[name="amount"]').evaluate((input) => {
      (input as HTMLInputElement).value = '50000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => figure.textContent()).not.toBe(opened);
    const answered = await figure.textContent();
    await page.reload();
    await expect(page.locator('input[name="amount"]').inputValue()).resolves.toBe('50000');
    await expect.poll(() => figure.textContent()).toBe(answered);
    await expect(page.locator('.fw-hint').textContent()).resolves.not.toContain('beim Öffnen');
    await page.context().close();
  });
});

describe('a calculator before any code runs (the loan calculator, JavaScript off)', () => {
  it('shows the figures of its starting answers, says they are for those, and keeps the bar away', async () => {
    const page = await open('loan-calculator', false);
    const starting = await page.evaluate(() => {
      const data = new FormData(document.getElementById('fw-form') as HTMLFormElement);
      return { amount: Number(data.get('amount')), rate: Number(data.get('rate')), years: Number(data.get('years')) };
    });
    // The annuity on the page's own starting values, worked out here rather than by the engine.
    const monthly = starting.rate / 100 / 12;
    const payment = (starting.amount * monthly) / (1 - (1 + monthly) ** -(starting.years * 12));
    const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(payment);
    const first = page.locator('.fw-results .fw-figure output').first();
    await expect(first.textContent()).resolves.toBe(euros);
    await expect(page.locator('.fw-hint').textContent()).resolves.toContain('beim Öffnen der Seite');
    await expect(page.locator('.fw-result-bar').isVisible()).resolves.toBe(false);
    expect(await axeViolationsOfNoScriptPage(page)).toEqual([]);
    await page.context().close();
  });
});

describe('answers to fix, without JavaScript', () => {
  it('put the error summary in focus and "Error:" at the start of the title', async () => {
    const page = await open('quote', false);
    await page.locator('.fw-submit').click();
    await page.locator('.fw-summary').waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('fw-summary'))).resolves.toBe(true);
    await page.context().close();
  });

  it('look the same on every control: a text field and a dropdown get the same red edge', async () => {
    const page = await open('callback', false);
    await page.locator('.fw-submit').click();
    await page.locator('.fw-summary').waitFor();
    const edge = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.borderTopColor, style.boxShadow];
      });
    const text = await edge('input[name="name"]');
    expect(await edge('select[name="topic"]')).toEqual(text);
    expect(text[0]).not.toBe(await page.locator('body').evaluate(() => getComputedStyle(document.body).color));
    await page.context().close();
  });
});

describe('phone numbers in the browser', () => {
  it('fetch libphonenumber only once a phone field is touched, and then check the number there', async () => {
    const page = await open('quote', true);
    const phoneChunks: string[] = [];
    page.on('request', (request) => {
      // The chunk named after the module that loads the metadata (src/engine/validation/toE164.ts).
      if (/\/toE164\.[^/]*\.js$/.test(request.url())) phoneChunks.push(request.url());
    });
    await hydrate(page);
    await page.locator('input[name="name"]').fill('Ada Lovelace');
    await page.locator('input[name="name"]').blur();
    await page.waitForLoadState('networkidle');
    expect(phoneChunks).toEqual([]);
    const phone = page.locator('input[type="tel"]').first();
    await phone.fill('+44 12');
    await phone.blur();
    await expect.poll(() => phoneChunks.length).toBe(1);
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });
});

describe('a date "from tomorrow, weekdays, up to 90 days" (the appointment form)', () => {
  it('is bounded by the page, checked by the island and refused by the API before tomorrow', async () => {
    const today = localDay();
    const page = await open('appointment', true);
    await hydrate(page);
    const date = page.locator('input[name="date"]');
    await expect.poll(() => date.getAttribute('min')).toBe(resolveDay('+1d', today));
    await expect(date.getAttribute('max')).resolves.toBe(resolveDay('+90d', today));
    await date.fill(today);
    await date.blur();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#fw-date-error').textContent()).resolves.toContain(resolveDay('+1d', today));
    await page.context().close();

    const yesterday = resolveDay('-1d', today);
    const response = await fetch(`${baseUrl}/api/forms/appointment/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.19.7.7' },
      body: JSON.stringify({ date: yesterday }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fields?: Record<string, string> };
    // The Worker allows the tomorrow of any time zone, so the day it names is after yesterday either way.
    const named = /^Choose (\d{4}-\d{2}-\d{2}) or later\.$/.exec(body.fields?.date ?? '')?.[1] ?? '';
    expect(named > yesterday).toBe(true);
  });
});

describe('layout shift', () => {
  it.each(['callback', 'demo', 'loan-calculator', 'renovation-estimate', 'savings-calculator', 'product-finder'])(
    'is 0 on /f/%s/ from load through the first tap and hydration',
    async (slug) => {
      const page = await open(slug, true);
      await page.evaluate(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await hydrate(page);
      await page.waitForLoadState('networkidle');
      const total = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
      );
      expect(total).toBe(0);
      await page.context().close();
    },
  );
});

describe('the phone country picker (the appointment form)', () => {
  /** The first weekday from tomorrow on, which the form takes. */
  function nextWeekday(): string {
    for (let days = 1; ; days += 1) {
      const day = resolveDay(`+${days}d`, localDay());
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday >= 1 && weekday <= 5) return day;
    }
  }

  it.each([
    ['US', '(201) 555-0123', '+12015550123', true],
    ['GB', '020 7946 0958', '+442079460958', false],
  ])(
    'reads a national number as %s’s when that country is picked (JavaScript %s)',
    async (country, typed, stored, javaScript) => {
      const email = `picker.${country.toLowerCase()}@example.com`;
      const page = await open('appointment', javaScript);
      if (javaScript) await hydrate(page);
      await page.locator('input[name="name"]').fill('Pat Picker');
      await page.locator('input[name="email"]').fill(email);
      // The list that posts: without JavaScript, the whole one the page keeps for that case.
      const countries = page.locator('select.fw-country[name]');
      // As a person does, the list is reached before a country is picked in it.
      await countries.focus();
      await countries.selectOption(country);
      await page.locator('input[name="phone"]').fill(typed);
      await page.locator('input[name="service"]').first().check();
      await page.locator('input[name="date"]').fill(nextWeekday());
      await page.locator('select[name="time_of_day"]').selectOption('morning');
      await page.locator('input[name="people"]').fill('2');
      await page.locator('input[name="consent"]').check();
      if (javaScript) await expect(page.locator('.fw-flag').textContent()).resolves.not.toBe('');
      expect(await (javaScript ? axeViolations(page) : axeViolationsOfNoScriptPage(page))).toEqual([]);
      await page.waitForTimeout(1_600);
      await page.locator('.fw-submit').click();
      await expect.poll(async () => (await leadsWithEmail(persistDir, email)).length, { timeout: 10_000 }).toBe(1);
      const [lead] = await leadsWithEmail(persistDir, email);
      expect(JSON.parse(lead?.answers ?? '{}').phone).toBe(stored);
      await page.context().close();
    },
  );

  it('holds only the choice until the visitor reaches it, then every country, and a keyboard picks one by typing its name', async () => {
    const page = await open('appointment', true);
    const countries = page.getByLabel('Country of the phone number');
    // Styling 250 options waits for the visitor: the page opens with the choice alone.
    expect(await countries.locator('option').count()).toBe(1);
    // "Automatic" shows a drawn globe; a flag in its place later moves nothing in the row.
    const flag = page.locator('.fw-flag');
    expect(await flag.textContent()).toBe('');
    expect(await flag.locator('.fw-globe').isVisible()).toBe(true);
    const numberAt = async () => (await page.locator('input[name="phone"]').boundingBox())?.x;
    const before = await numberAt();
    await page.locator('input[name="email"]').focus();
    await page.keyboard.press('Tab');
    expect(await countries.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await countries.locator('option').count()).toBeGreaterThan(200);
    await page.keyboard.type('Germ');
    await expect.poll(() => countries.inputValue()).toBe('DE');
    await expect.poll(() => flag.textContent()).toBe('🇩🇪');
    expect(await flag.locator('.fw-globe').isVisible()).toBe(false);
    expect(await numberAt()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('starts on the visitor’s own country (Cloudflare’s CF-IPCountry) when the form names none', async () => {
    const page = await (await phone(browser(), true)).newPage();
    await page.context().setExtraHTTPHeaders({ ...visitorHeaders(), 'cf-ipcountry': 'DE' });
    await page.goto(`${baseUrl}/f/appointment/`);
    expect(await page.locator('select.fw-country').inputValue()).toBe('');
    // The first touch hydrates the form and asks the Worker for its render token, which says the country.
    await page.locator('input[name="name"]').tap();
    await expect.poll(() => page.locator('select.fw-country').inputValue(), { timeout: 10_000 }).toBe('DE');
    await expect.poll(() => page.locator('.fw-flag').textContent()).toBe('🇩🇪');
    // A national German number is read as one.
    const email = `picker.visitor.de.${Date.now()}@example.com`;
    await page.locator('input[name="name"]').fill('Dora Deutsch');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="phone"]').fill('030 12345678');
    await page.locator('input[name="service"]').first().check();
    await page.locator('input[name="date"]').fill(nextWeekday());
    await page.locator('select[name="time_of_day"]').selectOption('morning');
    await page.locator('input[name="people"]').fill('2');
    await page.locator('input[name="consent"]').check();
    await page.waitForTimeout(1_600);
    await page.locator('.fw-submit').click();
    await expect.poll(async () => (await leadsWithEmail(persistDir, email)).length, { timeout: 10_000 }).toBe(1);
    const [lead] = await leadsWithEmail(persistDir, email);
    expect(JSON.parse(lead?.answers ?? '{}').phone).toBe('+493012345678');
    await page.context().close();
  });
});

describe('a rating on the narrowest phone', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('fits a 1–10 scale and the webinar’s 1–5 on one line at 320 px, %s', async (_, javaScript) => {
    const context = await browser().newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: javaScript,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/webinar/`);
    const choices = page.locator('.fw-rating .fw-choice');
    expect(await choices.count()).toBe(5);
    const tops = await choices.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const right = await choices.evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Ten points, the most a rating takes, in the same width: drawn from the same markup with five more options.
    await page.evaluate(() => {
      const options = document.querySelector('.fw-rating .fw-options');
      const last = options?.lastElementChild;
      for (let n = 6; n <= 10 && last; n++) {
        const copy = last.cloneNode(true) as HTMLElement;
        const input = copy.querySelector('input');
        if (input) input.value = String(n);
        const text = [...copy.querySelectorAll('span')].find((span) => /^\d+$/.test(span.textContent ?? ''));
        if (text) text.textContent = String(n);
        options?.appendChild(copy);
      }
    });
    const ten = await choices.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(ten).toHaveLength(10);
    expect(new Set(ten).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe("a quiz outcome's share", () => {
  const outcome = template('product-finder').quiz?.outcomes[0];

  it('copies a line naming the result and the quiz, not the result page, where the phone has no share sheet', async () => {
    const context = await phone(browser(), true);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    // Headless Chromium has no share sheet; a phone that has one gets navigator.share instead.
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(`${baseUrl}/f/product-finder/outcome/${outcome?.id}/`);
      const button = page.getByRole('button', { name: 'Share your result' });
      await button.click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied.');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        `My result: ${outcome?.title}. What is yours? ${baseUrl}/f/product-finder/`,
      );
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('hands the result to the share sheet where there is one', async () => {
    const context = await phone(browser(), true);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: unknown) => void shared.push(data),
      });
    });
    await page.goto(`${baseUrl}/f/product-finder/outcome/${outcome?.id}/`);
    await page.getByRole('button', { name: 'Share your result' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
      .toEqual([
        {
          title: template('product-finder').title,
          text: `My result: ${outcome?.title}. What is yours?`,
          url: `${baseUrl}/f/product-finder/`,
        },
      ]);
    await context.close();
  });

  it('copies instead when the share sheet refuses, and is quiet when the visitor closes it', async () => {
    const context = await phone(browser(), true);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async () => {
          throw new DOMException(
            (window as unknown as { refusal: string }).refusal,
            (window as unknown as { refusal: string }).refusal,
          );
        },
      });
    });
    await page.goto(`${baseUrl}/f/product-finder/outcome/${outcome?.id}/`);
    await page.evaluate(() => Object.assign(window, { refusal: 'AbortError' }));
    await page.getByRole('button', { name: 'Share your result' }).click();
    // Nothing is said for a closed sheet; give the click's promise a frame to settle before looking.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.getByRole('status').textContent()).resolves.toBe('');
    await page.evaluate(() => Object.assign(window, { refusal: 'NotAllowedError' }));
    await page.getByRole('button', { name: 'Share your result' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied.');
    await context.close();
  });

  it('is the quiz link to long-press without JavaScript, with no dead button', async () => {
    const context = await phone(browser(), false);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/product-finder/outcome/${outcome?.id}/`);
    await expect(page.getByRole('button', { name: 'Share your result' }).count()).resolves.toBe(0);
    const link = page.getByRole('link', { name: 'Link to this quiz' });
    await expect(link.getAttribute('href')).resolves.toBe('/f/product-finder/');
    expect(await axeViolationsOfNoScriptPage(page)).toEqual([]);
    await context.close();
  });
});
