import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { evaluateResults, type Results } from '../../src/engine/scoring/evaluateResults';
import type { ValidationContext } from '../../src/engine/validation/context';
import type { FieldErrors, RawInput } from '../../src/engine/validation/types';
import { validateAnswers } from '../../src/engine/validation/validateAnswers';
import { insertLead } from '../db/insertLead';

export type Acceptance =
  | { outcome: 'stored'; id: string; results: Results }
  | { outcome: 'invalid'; errors: FieldErrors }
  /** Valid, but D1 did not confirm the write: the visitor must be told nothing was saved. */
  | { outcome: 'unavailable' };

/**
 * Validates every step with the shared engine, recomputes calculations, quiz outcome and lead
 * score from the valid answers alone, and stores the lead. Invalid answers are never stored.
 */
export async function acceptSubmission(
  db: D1Database,
  form: FormDefinition,
  input: RawInput,
  context: ValidationContext,
): Promise<Acceptance> {
  const verdict = validateAnswers(form, input, context);
  if (!verdict.ok) return { outcome: 'invalid', errors: verdict.errors };
  const results = evaluateResults(form, verdict.answers);
  try {
    return { outcome: 'stored', id: await insertLead(db, form, verdict.answers, results), results };
  } catch (error) {
    // Drizzle's message repeats the query parameters, i.e. the visitor's answers: log the cause only.
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error).split('\n')[0];
    console.error('lead not stored', { form: form.slug, cause });
    return { outcome: 'unavailable' };
  }
}
