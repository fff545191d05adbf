import type { PublicForm } from '../definition/publicForm';
import type { Formula } from '../formulas/ast';
import { compileFormula } from '../formulas/compileFormula';
import { formulaInputs } from './formulaInputs';

const cache = new WeakMap<PublicForm, Formula[]>();

/** Each calculation's formula, parsed once per form. `defineForm` has already refused any that fail. */
export function compiledCalculations(form: PublicForm): Formula[] {
  const known = cache.get(form);
  if (known) return known;
  const names = formulaInputs(form).map((field) => field.name);
  const formulas = form.calculations.map((calculation) => {
    const compiled = compileFormula(calculation.formula, names);
    if (!compiled.ok) throw new Error(`calculation "${calculation.name}" of form "${form.slug}": ${compiled.message}`);
    names.push(calculation.name);
    return compiled.formula;
  });
  cache.set(form, formulas);
  return formulas;
}
