import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { adminContext, signInAt, watchForViolations } from './adminPages';
import { axeViolations } from './axe';
import { phone, sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const browser = sharedChromium();

/** Waits until the studio says the draft is saved (it saves a moment after each change). */
async function saved(page: Page): Promise<void> {
  await page.locator('.st-save-saved').waitFor({ timeout: 15_000 });
}

/** The preview frame once it shows the form (it reloads after each save). */
async function previewForm(page: Page): Promise<Frame> {
  const frame = page.frameLocator('.st-frame iframe');
  await frame.locator('form#fw-form').waitFor({ timeout: 15_000 });
  const handle = await page.locator('.st-frame iframe').elementHandle();
  const found = await handle?.contentFrame();
  if (!found) throw new Error('no preview frame');
  return found;
}

/** The accessible text of the focused element (buttons here name themselves in hidden text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.replace(/^[↑↓]/, '').trim() ?? '');
}

async function addQuestion(page: Page, kind: string): Promise<number> {
  const before = await page.locator('.st-field').count();
  await page.getByText('Add a question to the form').click();
  await page.locator('.st-kind', { hasText: kind }).first().click();
  await page.locator('.st-field').nth(before).waitFor();
  return before;
}

describe('the form studio in a browser', () => {
  it('builds a quote form from blank, publishes it, and takes its leads on a phone with JavaScript on and off', async () => {
    const context = await adminContext(browser(), 'laptop');
    const page = await context.newPage();
    const { violations } = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/forms/', password);
    expect(await axeViolations(page)).toEqual([]);
    const title = `Garden quote ${Date.now()}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.waitForURL(/\/admin\/forms\/garden-quote-\d+\/$/);
    const slug = new URL(page.url()).pathname.split('/')[3] ?? '';
    await page.locator('.st-studio').waitFor();

    // A dropdown, a phone asked only for one of its answers, and a consent.
    const need = await addQuestion(page, 'Dropdown');
    await page.locator(`#st-fields-${need}-label`).fill('What do you need?');
    await page.locator(`#st-fields-${need}-name`).fill('need');
    await page.locator(`#st-fields-${need}-options-0-label`).fill('Lawn care');
    await page.locator(`#st-fields-${need}-options-0-value`).fill('lawn');
    await page.locator(`#st-fields-${need}-options-1-label`).fill('A new patio');
    await page.locator(`#st-fields-${need}-options-1-value`).fill('patio');
    await page.locator(`#st-fields-${need}-required`).check();
    const tel = await addQuestion(page, 'Phone');
    await page.locator(`#st-fields-${tel}-required`).check();
    await page.locator(`#st-fields-${tel}-showIf-mode`).selectOption('all');
    await page.locator(`#st-fields-${tel}-showIf-0-field`).selectOption('need');
    await page.locator(`#st-fields-${tel}-showIf-0-value`).selectOption('patio');
    const consent = await addQuestion(page, 'Consent');
    await page.locator(`#st-fields-${consent}-required`).check();
    await saved(page);

    // Reordering by keyboard: the consent moves up past the phone and the dropdown, and the focus
    // stays on its "up" button between presses.
    const consentName = 'Consent';
    const up = page.getByRole('button', { name: `Move “${consentName}” up`, exact: true });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe(`Move “${consentName}” up`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.st-field-label').allTextContents())
      .toEqual(['Your name', 'Email', 'Consent', 'What do you need?', 'Phone']);
    expect(await focusedName(page)).toBe(`Move “${consentName}” up`);
    await saved(page);

    // The preview is the form as visitors will get it: the phone appears for a patio only.
    const preview = await previewForm(page);
    await preview.getByLabel('Your name').fill('Preview Person');
    await preview.locator('select[name="need"]').selectOption('patio');
    await preview.locator('input[name="phone"]').waitFor();
    await preview.locator('select[name="need"]').selectOption('lawn');
    await preview.locator('input[name="phone"]').waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(preview)).toEqual([]);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published version 1. Visitors get it now.').first().waitFor();
    expect(violations).toEqual([]);

    // A visitor on a phone with JavaScript: the patio asks for the phone.
    const withJs = await (await phone(browser(), true)).newPage();
    await withJs.goto(`${baseUrl}/f/${slug}/`);
    await withJs.getByLabel('Your name').fill('Pat Patio');
    await withJs.getByLabel('Email').fill('pat.patio@example.com');
    await withJs.getByLabel('What do you need?').selectOption('patio');
    await withJs.getByLabel('Phone').fill('+44 20 7946 0958');
    await withJs.getByRole('checkbox').check();
    // A person takes longer than the form's fastest believable fill (a faster one is kept back as spam).
    await withJs.waitForTimeout(1_600);
    await withJs.getByRole('button', { name: 'Send' }).click();
    await withJs.waitForURL(`${baseUrl}/f/${slug}/thanks/`);

    // Without JavaScript: lawn care needs no phone, and the Worker agrees.
    const noJs = await (await phone(browser(), false)).newPage();
    await noJs.goto(`${baseUrl}/f/${slug}/`);
    await noJs.getByLabel('Your name').fill('Lou Lawn');
    await noJs.getByLabel('Email').fill('lou.lawn@example.com');
    await noJs.getByLabel('What do you need?').selectOption('lawn');
    await noJs.getByRole('checkbox').check();
    await noJs.getByRole('button', { name: 'Send' }).click();
    await noJs.waitForURL(`${baseUrl}/f/${slug}/thanks/`);
    expect(await noJs.locator('h1').textContent()).toBe('Thank you');

    // Both leads are in the inbox under the new form.
    await page.goto(`${baseUrl}/admin/?form=${slug}`);
    await expect(page.locator('.ad-lead-name').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Pat Patio', 'Lou Lawn']),
    );
    await context.close();
    await withJs.context().close();
    await noJs.context().close();
  }, 120_000);

  it('starts from a calculator template, changes a formula, sees the preview change, and the Worker stores the new figure', async () => {
    const context = await adminContext(browser(), 'laptop');
    const page = await context.newPage();
    await signInAt(page, baseUrl, '/admin/forms/', password);
    await page.getByRole('button', { name: /Use as a starting point.*How much could Ledgerline save you/ }).click();
    await page.waitForURL(/\/admin\/forms\/savings-calculator-copy[^/]*\/$/);
    const slug = new URL(page.url()).pathname.split('/')[3] ?? '';
    await page.locator('.st-studio').waitFor();

    const hoursSaved = async () => {
      const preview = await previewForm(page);
      await preview.locator('input[name="team_size"]').fill('5');
      await preview.locator('input[name="hourly_cost"]').fill('45');
      await preview.locator('input[name="seat_price"][value="team"]').check();
      const figure = preview.locator('.fw-figure', { hasText: 'Hours saved per year' }).locator('output');
      await expect.poll(() => figure.textContent(), { timeout: 10_000 }).toMatch(/^[\d,]+$/);
      return figure.textContent();
    };
    expect(await hoursSaved()).toBe('1,104');

    // A mistake in a formula is shown as it is typed, with a mark under where it is.
    await page.locator('#st-calculations-0-formula').fill('round(team_size * hours_per_wek * 46)');
    const caret = page.locator('.st-caret');
    await expect
      .poll(() => caret.textContent())
      .toBe(`round(team_size * hours_per_wek * 46)\n${' '.repeat('round(team_size * '.length)}^`);
    await expect.poll(() => page.locator('#st-calculations-0-formula').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#st-calculations-0-formula').fill('round(team_size * hours_per_week * 46)');
    await saved(page);
    await expect.poll(hoursSaved, { timeout: 20_000 }).toBe('1,380');

    // Sent from the preview, the answers are checked and the result shows as a visitor would see it;
    // nothing is stored (the one lead further down is the API's).
    const preview = await previewForm(page);
    await preview.locator('input[name="name"]').fill('Preview Person');
    await preview.locator('input[name="email"]').fill('preview.person@example.com');
    await preview.locator('input[name="company"]').fill('Preview Ltd');
    await preview.locator('.fw-submit').click();
    await preview.locator('.fw-summary').waitFor();
    await preview.locator('input[name="consent"]').check();
    await preview.locator('.fw-submit').click();
    const sent = preview.locator('.fw-done .fw-figure', { hasText: 'Hours saved per year' }).locator('output');
    await expect.poll(() => sent.textContent(), { timeout: 10_000 }).toBe('1,380');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published version 1. Visitors get it now.').first().waitFor();

    // A later draft compared with version 1, field by field.
    await page.locator('#st-calculations-0-formula').fill('round(team_size * hours_per_week * 40)');
    await saved(page);
    await page.goto(`${baseUrl}/admin/forms/${slug}/versions/1/`);
    const row = page.locator('.ad-diff tbody tr', { hasText: 'hours_per_week * 40' });
    expect(await row.locator('td').first().textContent()).toContain('hours_per_week * 46');
    expect(await axeViolations(page)).toEqual([]);
    const response = await fetch(`${baseUrl}/api/forms/${slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        team_size: 5,
        hours_per_week: 6,
        hourly_cost: 45,
        seat_price: 'team',
        name: 'Calc Person',
        email: 'calc.person@example.com',
        company: 'Calc Ltd',
        consent: true,
      }),
    });
    expect(response.status).toBe(201);
    const { figures } = (await response.json()) as { figures: { name: string; value: number }[] };
    expect(figures.find((f) => f.name === 'hours_saved')?.value).toBe(1380);
    // The lead as stored carries the Worker's own figure.
    const stored = await page.request.get(`${baseUrl}/api/admin/leads?form=${slug}`);
    const { leads } = (await stored.json()) as { leads: { results: { computed: Record<string, number> } }[] };
    expect(leads.map((lead) => lead.results.computed.hours_saved)).toEqual([1380]);
    await context.close();
  }, 120_000);

  it('edits a form on a phone: no sideways scrolling, the preview in its own tab, axe clean', async () => {
    const context = await adminContext(browser(), 'phone');
    const page = await context.newPage();
    const { violations } = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/forms/', password);
    const title = `Phone quote ${Date.now()}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Start from').selectOption('quote');
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.locator('.st-studio').waitFor();
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await sideways()).toBe(0);

    // A text edit with the phone's keyboard, saved; an open question card stays within the screen.
    await page.getByLabel('Title', { exact: true }).fill(`${title}, now`);
    await saved(page);
    await page.locator('.st-field summary').nth(1).click();
    expect(await sideways()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // On a phone the preview is a tab of its own, showing the edited title.
    expect(await page.locator('.st-frame').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = await previewForm(page);
    await expect.poll(() => preview.locator('h1').textContent()).toBe(`${title}, now`);
    expect(await sideways()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
