import { formVersion } from '../definition/formVersion';
import type { Variant } from './variantSchema';

/**
 * Names a test by what its variants show: changing any variant starts a new test, so visitors are
 * assigned afresh and an ended test's winner does not carry over to different variants.
 */
export function variantTestId(variants: readonly Variant[]): string {
  return formVersion(variants).slice(0, 10);
}
