import type { liveResults } from '../engine/scoring/liveResults';
import type { validateAnswers } from '../engine/validation/validateAnswers';
import type { validateField } from '../engine/validation/validateField';

export interface Validators {
  validateAnswers: typeof validateAnswers;
  validateField: typeof validateField;
  liveResults: typeof liveResults;
}

let loading: Promise<Validators> | undefined;

/**
 * The validation engine (and the results engine built on it), fetched on the visitor's first
 * interaction rather than with the page. libphonenumber's metadata is not part of it: the form
 * fetches that only for a phone answer (the enhancer's loadPhones).
 */
export function loadValidation(): Promise<Validators> {
  loading ??= Promise.all([
    import('../engine/validation/validateAnswers'),
    import('../engine/validation/validateField'),
    import('../engine/scoring/liveResults'),
  ]).then(([answers, field, results]) => ({
    validateAnswers: answers.validateAnswers,
    validateField: field.validateField,
    liveResults: results.liveResults,
  }));
  // A failed download may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
