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

/** The list's `<noscript>` markup, every country's option as text; empty once the list holds them all. */
export function listMarkup(select: HTMLSelectElement): string {
  const source = select.nextElementSibling;
  return source instanceof HTMLElement && source.localName === 'noscript' ? (source.textContent ?? '') : '';
}

/** Options from some of that markup, none selected. */
export function parseOptions(markup: string): HTMLOptionElement[] {
  const parsed = document.createElement('template');
  parsed.innerHTML = markup;
  const options = [...parsed.content.querySelectorAll('option')];
  // What the server chose is the short list's choice already; it must not take over from the visitor's.
  for (const option of options) option.defaultSelected = false;
  return options;
}

/** Puts every country in the list, keeping its choice: when the visitor is about to open it. */
export function openCountryList(select: HTMLSelectElement): void {
  const options = parseOptions(listMarkup(select));
  if (options.length === 0) return;
  const value = select.value;
  select.replaceChildren(...options);
  select.value = value;
  // The text is read once: the list now holds every country.
  select.nextElementSibling?.remove();
}

/** Fills a country list as the visitor reaches for it: a tap, or the keyboard's focus. */
export function openCountryListsOnReach(form: HTMLFormElement): void {
  const reach = (event: Event) => {
    if (isCountryList(event.target)) openCountryList(event.target);
  };
  for (const type of ['pointerdown', 'focusin', 'keydown'] as const) form.addEventListener(type, reach);
}
