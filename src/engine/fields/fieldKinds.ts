import type * as v from 'valibot';
import { checkboxesField } from './checkboxes/checkboxesField';
import { consentField } from './consent/consentField';
import { dateField } from './date/dateField';
import { emailField } from './email/emailField';
import type { fieldSchema } from './fieldSchema';
import { hiddenField } from './hidden/hiddenField';
import type { KindRules } from './kindRules';
import { numberField } from './number/numberField';
import { radioField } from './radio/radioField';
import { rangeField } from './range/rangeField';
import { ratingField } from './rating/ratingField';
import { selectField } from './select/selectField';
import { telField } from './tel/telField';
import { textField } from './text/textField';
import { textareaField } from './textarea/textareaField';

export type Field = v.InferOutput<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type FieldOf<K extends FieldKind> = Extract<Field, { kind: K }>;

/** Every kind's rules, by kind: a kind missing here, or with rules for another shape, fails the type check. */
export const FIELD_KINDS: { readonly [K in FieldKind]: KindRules<FieldOf<K>> } = {
  text: textField,
  textarea: textareaField,
  email: emailField,
  tel: telField,
  number: numberField,
  select: selectField,
  radio: radioField,
  checkboxes: checkboxesField,
  date: dateField,
  range: rangeField,
  rating: ratingField,
  consent: consentField,
  hidden: hiddenField,
};

/** The rules of a field's kind. */
export function kindOf<F extends Field>(field: F): KindRules<F> {
  return FIELD_KINDS[field.kind] as KindRules<F>;
}
