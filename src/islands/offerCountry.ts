/**
 * A country set by code on a phone's short country list (src/islands/countryLists.ts): a kept
 * answer, or the visitor's country. Only the form's code uses it, so the page's loader does not
 * carry it.
 */
import { listMarkup, parseOptions } from './countryLists';

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
  if (!/^[A-Z]{2}$/.test(code)) return;
  const markup = listMarkup(select);
  const start = markup.indexOf(`<option value="${code}"`);
  const end = markup.indexOf('</option>', start);
  if (start < 0 || end < 0) return;
  return parseOptions(markup.slice(start, end))[0];
}
