import * as v from 'valibot';
import type { PublicForm } from '../definition/publicForm';
import { messages } from '../i18n/messages';
import { visibleFields } from '../logic/visibleFields';
import type { ValidationContext } from './context';
import { fieldRule } from './fieldRule';
import { ruleContext } from './ruleContext';
import type { Answers, FieldErrors, RawInput } from './types';

export interface ValidationScope extends ValidationContext {
  /** Only the fields on these steps (a step of a multi-step form); all steps by default. */
  steps?: readonly string[] | undefined;
}

/**
 * Runs every asked field in scope through its rule: the answers that pass, and a message for
 * each that does not. Only the fields the form asks, given the answers, are read, so unknown
 * keys and answers to hidden fields are dropped.
 */
export function readAnswers(
  form: PublicForm,
  input: RawInput,
  scope: ValidationScope = {},
): { answers: Answers; errors: FieldErrors } {
  const msg = messages(form.locale);
  const asked = visibleFields(form, input);
  const inScope = new Set(
    asked.steps.filter((step) => !scope.steps || scope.steps.includes(step.id)).flatMap((step) => step.fields),
  );
  const context = ruleContext(form, scope);
  const answers: Answers = {};
  const errors: FieldErrors = {};
  for (const field of form.fields) {
    if (!asked.fields.has(field.name) || !inScope.has(field.name)) continue;
    const result = v.safeParse(fieldRule(field, msg, context), input[field.name]);
    if (!result.success) errors[field.name] = result.issues[0].message;
    else if (result.output !== undefined) answers[field.name] = result.output;
  }
  return { answers, errors };
}
