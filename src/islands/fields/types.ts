import type { Field } from '../../engine/fields/fieldKinds';
import type { PhoneCountry } from '../../engine/fields/tel/phoneCountries';
import type { Locale } from '../../engine/i18n/locale';
import type { RawValue } from '../../engine/validation/types';

export interface FieldProps<F extends Field = Field> {
  field: F;
  value: RawValue;
  error: string | undefined;
  optionalLabel: string;
  /** The form's locale, for numbers shown beside a control. */
  locale: Locale;
  /** Letter badges on choices (A, B, C…), which the one-question-at-a-time layout answers to. */
  keys?: boolean;
  /** The country a phone number is read in when the visitor picks none (the form's). */
  phoneCountry?: string | undefined;
  /** The phone country picker's list, on forms that have one. */
  phoneCountries?: readonly PhoneCountry[] | undefined;
}
