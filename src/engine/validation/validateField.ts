import * as v from 'valibot';
import type { Field } from '../definition/fieldKinds';
import type { Locale } from '../definition/formSchema';
import { messages } from '../i18n/messages';
import { fieldRule } from './fieldRule';
import type { RawValue } from './types';

/** The message for one field's value, or `undefined` when the server would accept it. */
export function validateField(field: Field, locale: Locale, value: RawValue): string | undefined {
  const result = v.safeParse(fieldRule(field, messages(locale)), value);
  return result.success ? undefined : result.issues[0].message;
}
