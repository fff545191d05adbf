import { type Field, kindOf } from '../fields/fieldKinds';
import type { FormulaValues } from '../formulas/evaluateFormula';
import type { Answers } from '../validation/types';
import { formulaInputs } from './formulaInputs';

/** The numbers formulas see for validated answers; an unanswered field has none (no checkbox ticked is 0). */
export function formulaValues(
  form: { fields: readonly Field[] },
  answers: Answers,
): Record<string, number | undefined> {
  const values: Record<string, number | undefined> = {};
  for (const field of formulaInputs(form))
    values[field.name] = kindOf(field).formulaValue?.(field, answers[field.name]);
  return values satisfies FormulaValues;
}
