import type { Field } from '../definition/fieldKinds';
import type { FormOutput } from '../definition/formSchema';

/**
 * The fields a formula may read: numbers, ranges and ratings as they are, and choice fields
 * whose every option has an `amount` (the chosen amount, or the sum for checkboxes).
 */
export function formulaInputs(form: Pick<FormOutput, 'fields'>): Field[] {
  return form.fields.filter((field) => {
    if (field.kind === 'number' || field.kind === 'range' || field.kind === 'rating') return true;
    if (field.kind === 'select' || field.kind === 'radio' || field.kind === 'checkboxes')
      return field.options.every((option) => option.amount !== undefined);
    return false;
  });
}
