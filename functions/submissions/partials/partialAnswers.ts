import * as v from 'valibot';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { messages } from '../../../src/engine/i18n/messages';
import { visibleFields } from '../../../src/engine/logic/visibleFields';
import type { ValidationContext } from '../../../src/engine/validation/context';
import { fieldRule } from '../../../src/engine/validation/fieldRule';
import { ruleContext } from '../../../src/engine/validation/ruleContext';
import type { Answers, RawInput } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';

export interface PartialAnswers {
  answers: Answers;
  /** The steps answered completely and validly, in order: the resume link opens the step after them. */
  steps: string[];
}

/**
 * What a visitor who left a multi-step form answered validly: the steps the logic shows, in order,
 * up to the first that does not validate as a whole, and on that step each answer that is valid on
 * its own (the consent box is often there). Nothing invalid is kept, as with leads.
 */
export function partialAnswers(form: FormDefinition, input: RawInput, context: ValidationContext): PartialAnswers {
  const kept: PartialAnswers = { answers: {}, steps: [] };
  const visible = visibleFields(form, input);
  for (const step of visible.steps) {
    const verdict = validateAnswers(form, input, { ...context, steps: [...kept.steps, step.id] });
    if (verdict.ok) {
      kept.answers = verdict.answers;
      kept.steps.push(step.id);
      continue;
    }
    const msg = messages(form.locale);
    const rules = ruleContext(form, context);
    for (const field of form.fields) {
      if (!step.fields.includes(field.name) || !visible.fields.has(field.name)) continue;
      const answer = v.safeParse(fieldRule(field, msg, rules), input[field.name]);
      if (answer.success && answer.output !== undefined) kept.answers[field.name] = answer.output;
    }
    break;
  }
  return kept;
}
