import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import type { ValidationContext } from '../../../src/engine/validation/context';
import type { FieldErrors, RawInput } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { errorCause } from '../../lib/errorCause';
import { type Stored, type SubmissionIntake, storeSubmission } from './storeSubmission';

export type Acceptance =
  /** `event` and `screening` say what storing did (storeSubmission.ts); only clean created or updated leads notify. */
  | ({ outcome: 'stored' } & Stored)
  | { outcome: 'invalid'; errors: FieldErrors }
  /** Valid, but D1 did not confirm the write: the visitor must be told nothing was saved. */
  | { outcome: 'unavailable' };

/**
 * Validates every step with the shared engine, recomputes calculations, quiz outcome and lead
 * score from the valid answers alone, and stores the lead (once per idempotency key, merged into
 * the person's recent lead when the form says so). Invalid answers are never stored.
 */
export async function acceptSubmission(
  env: Env,
  form: FormDefinition,
  input: RawInput,
  context: ValidationContext,
  intake: SubmissionIntake = {},
): Promise<Acceptance> {
  const verdict = validateAnswers(form, input, context);
  if (!verdict.ok) return { outcome: 'invalid', errors: verdict.errors };
  const results = evaluateResults(form, verdict.answers);
  try {
    return { outcome: 'stored', ...(await storeSubmission(env, form, verdict.answers, results, intake)) };
  } catch (error) {
    console.error('lead not stored', { form: form.slug, cause: errorCause(error) });
    return { outcome: 'unavailable' };
  }
}
