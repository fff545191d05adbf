import { compileFormula } from '../../../src/engine/formulas/compileFormula';
import { evaluateFormula, type FormulaValues } from '../../../src/engine/formulas/evaluateFormula';

/** Compiles with the keys of `values` as the form's fields and evaluates: the number, or the message. */
export function calc(source: string, values: FormulaValues = {}): number | string {
  const compiled = compileFormula(source, Object.keys(values));
  if (!compiled.ok) return compiled.message;
  const result = evaluateFormula(compiled.formula, values);
  return result.ok ? result.value : result.message;
}
