import type { Field } from '../fields/fieldKinds';
import { formulaInputs } from './formulaInputs';
import { scoredByQuiz } from './resultInputs';

/**
 * The field the live results follow: the last one a calculation or the quiz can read. The
 * result then sits right after the questions that make it, before the contact questions,
 * where the visitor's eye already is.
 */
export function resultsAnchor(form: { fields: readonly Field[] }): string | undefined {
  const inputs = new Set(formulaInputs(form).map((field) => field.name));
  return form.fields.findLast((field) => inputs.has(field.name) || scoredByQuiz(field))?.name;
}
