import type { Field } from '../fieldKinds';

/** Whether any phone field of the form puts a country list before its number. */
export function hasCountryPicker(form: { fields: readonly Field[] }): boolean {
  return form.fields.some((field) => field.kind === 'tel' && field.countryPicker === true);
}
