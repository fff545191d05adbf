import type { Page } from 'playwright-core';
import type { FormDefinition } from '../../src/engine/definition/defineForm';

export type Scenario = Readonly<Record<string, string | readonly string[]>>;

/** Answers the form's questions on the current page, by field name, the way a visitor would. */
export async function fillPage(page: Page, form: FormDefinition, answers: Scenario): Promise<void> {
  for (const field of form.fields) {
    const value = answers[field.name];
    if (value === undefined) continue;
    const controls = page.locator(`form.fw-form [name="${field.name}"]`);
    if ((await controls.count()) === 0) continue;
    const values = typeof value === 'string' ? [value] : value;
    switch (field.kind) {
      case 'select':
        await controls.selectOption(values[0] ?? '');
        break;
      case 'radio':
      case 'rating':
      case 'checkboxes':
        for (const one of values) await page.locator(`form.fw-form [name="${field.name}"][value="${one}"]`).check();
        break;
      case 'consent':
        await controls.check();
        break;
      case 'range':
        // A slider cannot be typed into: set it as a drag would, with the events a drag fires.
        await controls.evaluate((input, to) => {
          (input as HTMLInputElement).value = to;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, values[0] ?? '');
        break;
      case 'hidden':
        break;
      default:
        await controls.fill(values[0] ?? '');
    }
  }
}

/** Fills and sends every step until the form is gone (a result page, an outcome page or the in-place result). */
export async function completeForm(page: Page, form: FormDefinition, answers: Scenario): Promise<void> {
  for (let step = 0; step < 16; step += 1) {
    if ((await page.locator('form.fw-form').count()) === 0) return;
    await answerStep(page, form, answers);
  }
  throw new Error(`the ${form.slug} form still shows after 16 steps`);
}

/** Where the form is: its address, its progress line ("Step 2 of 8") and its first question. */
function whereNow(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      location.href,
      document.querySelector('form.fw-form .fw-progress-label')?.textContent,
      document.querySelector('form.fw-form .fw-label')?.textContent,
    ].join('|'),
  );
}

/** Answers the step on screen and sends it, then waits until the next step or the result replaces it. */
export async function answerStep(page: Page, form: FormDefinition, answers: Scenario): Promise<void> {
  const before = await whereNow(page);
  await fillPage(page, form, answers);
  // One question at a time, a tapped single choice moves on by itself: wait for it rather than press Next.
  if (await movesOnByItself(page)) await waitForMove(page, before, 2_000);
  if ((await page.locator('form.fw-form').count()) > 0 && (await whereNow(page)) === before) {
    await page.locator('form.fw-form .fw-submit').click();
  }
  await waitForMove(page, before, 10_000);
  await page.waitForLoadState();
}

/** Whether the step on screen is one question at a time asking one single choice (with a choice made). */
function movesOnByItself(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const form = document.querySelector('form.fw-form.fw-conversational[data-enhanced]');
    const questions = form ? [...form.querySelectorAll('.fw-field')].filter((f) => !f.matches('.fw-consent')) : [];
    return questions.length === 1 && questions[0]?.querySelector('input[type="radio"]:checked') !== null;
  });
}

/** Waits (at most `timeout` ms) until the form has moved on from `from`, or gone. */
async function waitForMove(page: Page, from: string, timeout: number): Promise<void> {
  await page
    .waitForFunction(
      (before) =>
        !document.querySelector('form.fw-form') ||
        [
          location.href,
          document.querySelector('form.fw-form .fw-progress-label')?.textContent,
          document.querySelector('form.fw-form .fw-label')?.textContent,
        ].join('|') !== before,
      from,
      { timeout },
    )
    .catch(() => undefined);
}
