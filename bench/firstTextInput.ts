import type { Locator, Page } from 'playwright-core';

/** Controls a visitor types words into; number, date and choice controls are left out. */
const TEXT_LIKE = ['input:not([type])', 'input[type=text]', 'input[type=email]', 'input[type=tel]', 'textarea'];
const ANY_CONTROL = ['input:not([type=hidden])', 'select', 'textarea'];

/**
 * Not a bot trap: spam honeypots sit off-screen inside `aria-hidden` with `tabindex="-1"`, which
 * Playwright still counts as visible.
 */
const PERSON = ':not([tabindex="-1"]):not([aria-hidden="true"] *)';

/** Controls a person can reach: rendered (Playwright's `:visible`), and not a bot trap. */
function reachable(page: Page, selectors: readonly string[]): Locator {
  return page.locator(selectors.map((selector) => `${selector}${PERSON}:visible`).join(', ')).first();
}

/**
 * The text fields a person could reach, as plain CSS for code in the page, which adds the
 * visibility check itself (bench/load/collector.ts).
 */
export const TEXT_FIELDS_CSS = TEXT_LIKE.map((selector) => `${selector}${PERSON}`).join(', ');

/** The first text field a person can see and type into, whichever library rendered it. */
export function firstTextInput(page: Page): Locator {
  return reachable(page, TEXT_LIKE);
}

/** The first control of any kind (a slider, a choice, a field) a person can see. */
export function firstControl(page: Page): Locator {
  return reachable(page, ANY_CONTROL);
}
