import * as v from 'valibot';
import type { FormDefinition } from '../definition/defineForm';
import { messages } from '../i18n/messages';
import { fieldRule } from './fieldRule';
import type { Answers, FieldErrors, RawInput, Validation } from './types';

/**
 * Validates a whole submission against its form. Only the form's own fields are read, so
 * unknown keys are dropped and never stored. Used by the island before sending and by the Worker.
 */
export function validateAnswers(form: FormDefinition, input: RawInput): Validation {
  const msg = messages(form.locale);
  const answers: Answers = {};
  const errors: FieldErrors = {};
  for (const field of form.fields) {
    const result = v.safeParse(fieldRule(field, msg), input[field.name]);
    if (!result.success) errors[field.name] = result.issues[0].message;
    else if (result.output !== undefined) answers[field.name] = result.output;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
