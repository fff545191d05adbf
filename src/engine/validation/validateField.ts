import * as v from 'valibot';
import type { PublicForm } from '../definition/publicForm';
import type { Field } from '../fields/fieldKinds';
import { messages } from '../i18n/messages';
import type { ValidationContext } from './context';
import { fieldRule } from './fieldRule';
import { ruleContext } from './ruleContext';
import type { RawValue } from './types';

/** The message for one field's value, or `undefined` when the server would accept it. */
export function validateField(
  form: PublicForm,
  field: Field,
  value: RawValue,
  context: ValidationContext = {},
): string | undefined {
  const result = v.safeParse(fieldRule(field, messages(form.locale), ruleContext(form, context)), value);
  return result.success ? undefined : result.issues[0].message;
}
