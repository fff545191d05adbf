import * as v from 'valibot';
import type { FormDefinition } from '../definition/defineForm';
import { messages } from '../i18n/messages';
import { visibleFields } from '../logic/visibleFields';
import type { ValidationContext } from './context';
import { fieldRule } from './fieldRule';
import { ruleContext } from './ruleContext';
import type { Answers, RawInput } from './types';

/**
 * The answers that already pass their rules, from a form still being filled in: live results
 * are computed from exactly what the Worker would store, and an answer it would refuse counts as none.
 */
export function validAnswers(form: FormDefinition, input: RawInput, context: ValidationContext = {}): Answers {
  const msg = messages(form.locale);
  const asked = visibleFields(form, input).fields;
  const rules = ruleContext(form, context);
  const answers: Answers = {};
  for (const field of form.fields) {
    if (!asked.has(field.name)) continue;
    const result = v.safeParse(fieldRule(field, msg, rules), input[field.name]);
    if (result.success && result.output !== undefined) answers[field.name] = result.output;
  }
  return answers;
}
