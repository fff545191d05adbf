import type { validateAnswers } from '../engine/validation/validateAnswers';
import type { validateField } from '../engine/validation/validateField';

export interface Validators {
  validateAnswers: typeof validateAnswers;
  validateField: typeof validateField;
}

let loading: Promise<Validators> | undefined;

/**
 * The validation engine, fetched on the visitor's first interaction rather than with the page:
 * it carries libphonenumber's metadata, several times the size of everything else.
 */
export function loadValidation(): Promise<Validators> {
  loading ??= Promise.all([
    import('../engine/validation/validateAnswers'),
    import('../engine/validation/validateField'),
  ]).then(([answers, field]) => ({ validateAnswers: answers.validateAnswers, validateField: field.validateField }));
  // A failed download may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
