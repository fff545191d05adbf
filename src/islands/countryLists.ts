/**
 * A phone's country list is drawn twice (src/islands/fields/TelField.tsx): a short list on screen,
 * unnamed so that a page without JavaScript does not post it, and the whole list in the
 * `<noscript>` after it, which a page with JavaScript holds as text. These read that text, so the
 * countries are written once, by the server.
 */

/** A phone's country list on screen. */
export function isCountryList(target: EventTarget | null): target is HTMLSelectElement {
  return target instanceof HTMLSelectElement && target.classList.contains('fw-country');
}

/** Lets the short lists under `root` post their choice, as the whole list does without JavaScript. */
export function nameCountryLists(root: HTMLElement): void {
  for (const select of root.querySelectorAll('select')) {
    const name = select.dataset.name;
    if (isCountryList(select) && name && !select.name) select.name = name;
  }
}

/** Every country's option, from the list's `<noscript>`; none once the list holds them all. */
function wholeList(select: HTMLSelectElement): HTMLOptionElement[] {
  const source = select.nextElementSibling;
  if (!(source instanceof HTMLElement) || source.localName !== 'noscript') return [];
  const parsed = document.createElement('template');
  parsed.innerHTML = source.textContent ?? '';
  const options = [...parsed.content.querySelectorAll('option')];
  // What the server chose is the short list's choice already; it must not take over from the visitor's.
  for (const option of options) option.defaultSelected = false;
  return options;
}

/** Puts every country in the list, keeping its choice: when the visitor is about to open it. */
export function openCountryList(select: HTMLSelectElement): void {
  const options = wholeList(select);
  if (options.length === 0) return;
  const value = select.value;
  select.replaceChildren(...options);
  select.value = value;
  // The text is read once: the list now holds every country.
  select.nextElementSibling?.remove();
}

/**
 * Makes `code` one of the list's options (a kept answer, the visitor's country) without styling
 * them all; false when no country has that code.
 */
export function offerCountry(select: HTMLSelectElement, code: string): boolean {
  if ([...select.options].some((option) => option.value === code)) return true;
  const option = listedOption(select, code);
  if (option) select.add(option);
  return option !== undefined;
}

/**
 * One country's option from the list's `<noscript>`: only its own markup is parsed, not the 250
 * (12 ms of a 70 ms task at the bench's 4x CPU when the visitor's country arrived mid-typing).
 */
function listedOption(select: HTMLSelectElement, code: string): HTMLOptionElement | undefined {
  const source = select.nextElementSibling;
  if (!(source instanceof HTMLElement) || source.localName !== 'noscript' || !/^[A-Z]{2}$/.test(code)) return;
  const text = source.textContent ?? '';
  const start = text.indexOf(`<option value="${code}"`);
  const end = text.indexOf('</option>', start);
  if (start < 0 || end < 0) return;
  const parsed = document.createElement('template');
  parsed.innerHTML = text.slice(start, end);
  const option = parsed.content.querySelector('option');
  if (option) option.defaultSelected = false;
  return option ?? undefined;
}

/** Fills a country list as the visitor reaches for it: a tap, or the keyboard's focus. */
export function openCountryListsOnReach(form: HTMLFormElement): void {
  const reach = (event: Event) => {
    if (isCountryList(event.target)) openCountryList(event.target);
  };
  for (const type of ['pointerdown', 'focusin', 'keydown'] as const) form.addEventListener(type, reach);
}
