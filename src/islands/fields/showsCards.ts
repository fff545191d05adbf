import type { Field } from '../../engine/fields/fieldKinds';

/** Whether a field's options show as large cards: radios and checkboxes that ask for it. */
export function showsCards(field: Field): boolean {
  return (field.kind === 'radio' || field.kind === 'checkboxes') && field.cards === true;
}
