import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { evaluateResults, type Results } from '../../../src/engine/scoring/evaluateResults';
import type { ValidationContext } from '../../../src/engine/validation/context';
import type { RawInput } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';

/** What the Worker computes for these answers: validated first, as `acceptSubmission` does. */
export function resultsOf(form: FormDefinition, input: RawInput, context: ValidationContext = {}): Results {
  const verdict = validateAnswers(form, input, context);
  if (!verdict.ok) throw new Error(`answers to ${form.slug} are invalid: ${JSON.stringify(verdict.errors)}`);
  return evaluateResults(form, verdict.answers);
}
