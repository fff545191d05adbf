import type { PublicForm } from '../definition/publicForm';
import { evaluateFormula } from '../formulas/evaluateFormula';
import type { Answers } from '../validation/types';
import { compiledCalculations } from './compiledCalculations';
import { formulaValues } from './formulaValues';

/**
 * Every calculation's value for these answers, in order. One that cannot be computed yet
 * (a missing answer, a division by zero) is left out, and so are those that depend on it.
 */
export function computeCalculations(form: PublicForm, answers: Answers): Record<string, number> {
  const values = formulaValues(form, answers);
  const computed: Record<string, number> = {};
  compiledCalculations(form).forEach((formula, index) => {
    const name = form.calculations[index]?.name;
    if (name === undefined) return;
    const result = evaluateFormula(formula, values);
    values[name] = result.ok ? result.value : undefined;
    if (result.ok) computed[name] = result.value;
  });
  return computed;
}
