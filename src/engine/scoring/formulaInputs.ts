import { type Field, kindOf } from '../fields/fieldKinds';

/**
 * The fields a formula may read: those whose kind gives their answer a number (numbers, ranges,
 * ratings, and choice fields whose every option has an `amount`).
 */
export function formulaInputs(form: { fields: readonly Field[] }): Field[] {
  return form.fields.filter((field) => readsAsNumber(field));
}

function readsAsNumber(field: Field): boolean {
  const rules = kindOf(field);
  if (!rules.formulaValue) return false;
  // A choice field feeds formulas only when every option says what it is worth.
  return !('options' in field) || field.options.every((option) => option.amount !== undefined);
}
