import { formVersion } from '../definition/formVersion';
import type { Variant } from './variantSchema';

/**
 * Names a test by what its variants show (ids and wording, not the funnel names or the weights):
 * changing what a variant shows starts a new test, so visitors are drawn afresh and an ended test's
 * winner does not carry over; renaming a variant or shifting traffic keeps the test and its visitors.
 */
export function variantTestId(variants: readonly Variant[]): string {
  return formVersion(variants.map(({ label: _label, weight: _weight, ...shown }) => shown)).slice(0, 10);
}
