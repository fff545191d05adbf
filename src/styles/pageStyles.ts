import base from './form.css?inline';
import cards from './parts/cards.css?inline';
import conversational from './parts/conversational.css?inline';
import outcome from './parts/outcome.css?inline';
import rating from './parts/rating.css?inline';
import results from './parts/results.css?inline';
import steps from './parts/steps.css?inline';
import tel from './parts/tel.css?inline';
import thanks from './parts/thanks.css?inline';

// Each after the base, in this order; no part overrides another.
const PARTS = { cards, rating, steps, results, conversational, thanks, tel, outcome };
export type StylePart = keyof typeof PARTS;
export const STYLE_PARTS = Object.keys(PARTS) as StylePart[];

/** A page's one style sheet: the base every page has, then the parts it shows (formParts for a form). */
export function pageStyles(parts: readonly StylePart[]): string {
  return [base, ...STYLE_PARTS.filter((part) => parts.includes(part)).map((part) => PARTS[part])].join('');
}
