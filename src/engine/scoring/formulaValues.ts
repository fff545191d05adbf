import type { FormOutput } from '../definition/formSchema';
import type { FormulaValues } from '../formulas/evaluateFormula';
import type { Answers } from '../validation/types';
import { formulaInputs } from './formulaInputs';

/** The numbers formulas see for validated answers; an unanswered field has none (no checkbox ticked is 0). */
export function formulaValues(form: Pick<FormOutput, 'fields'>, answers: Answers): Record<string, number | undefined> {
  const values: Record<string, number | undefined> = {};
  for (const field of formulaInputs(form)) {
    const answer = answers[field.name];
    if (field.kind === 'checkboxes') {
      const picked = Array.isArray(answer) ? answer : [];
      values[field.name] = field.options.reduce(
        (sum, o) => (picked.includes(o.value) ? sum + (o.amount ?? 0) : sum),
        0,
      );
    } else if (field.kind === 'select' || field.kind === 'radio') {
      values[field.name] = field.options.find((option) => option.value === answer)?.amount;
    } else {
      values[field.name] = typeof answer === 'number' ? answer : undefined;
    }
  }
  return values satisfies FormulaValues;
}
