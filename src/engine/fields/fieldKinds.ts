import * as v from 'valibot';
import { checkboxesField, checkboxesSchema } from './checkboxes/checkboxesField';
import { consentField, consentSchema } from './consent/consentField';
import { dateField, dateSchema } from './date/dateField';
import { emailField, emailSchema } from './email/emailField';
import { hiddenField, hiddenSchema } from './hidden/hiddenField';
import type { KindRules } from './kindRules';
import { numberField, numberSchema } from './number/numberField';
import { radioField, radioSchema } from './radio/radioField';
import { rangeField, rangeSchema } from './range/rangeField';
import { ratingField, ratingSchema } from './rating/ratingField';
import { selectField, selectSchema } from './select/selectField';
import { telField, telSchema } from './tel/telField';
import { textField, textSchema } from './text/textField';
import { textareaField, textareaSchema } from './textarea/textareaField';

/** A field of any kind, as a definition writes it; each kind's schema lives in its own folder. */
export const fieldSchema = v.variant(
  'kind',
  [
    textSchema,
    textareaSchema,
    emailSchema,
    telSchema,
    numberSchema,
    selectSchema,
    radioSchema,
    checkboxesSchema,
    dateSchema,
    rangeSchema,
    ratingSchema,
    consentSchema,
    hiddenSchema,
  ],
  'use one of the field kinds: text, textarea, email, tel, number, select, radio, checkboxes, date, range, rating, consent, hidden',
);

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
