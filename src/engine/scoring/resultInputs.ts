import type { PublicForm } from '../definition/publicForm';
import type { Field } from '../fields/fieldKinds';
import { conditionFields } from '../logic/conditionFields';
import type { Condition } from '../logic/conditionSchema';
import { formulaInputs } from './formulaInputs';

/** A field whose options carry quiz points. */
export function scoredByQuiz(field: Field): boolean {
  return 'options' in field && field.options.some((option) => option.points !== undefined);
}

/**
 * The answers live results can depend on: those formulas may read, those a quiz scores, and those
 * any condition looks at (a condition may stop asking a question the results read). Typing a name
 * or an email changes no figure, so it costs the visitor's phone no work.
 */
export function resultInputs(form: Pick<PublicForm, 'fields' | 'steps'>): string[] {
  const conditions = [...form.fields.map((field) => field.showIf), ...(form.steps ?? []).map((step) => step.showIf)];
  return [
    ...new Set([
      ...formulaInputs(form).map((field) => field.name),
      ...form.fields.filter(scoredByQuiz).map((field) => field.name),
      ...conditions.filter((c): c is Condition => c !== undefined).flatMap(conditionFields),
    ]),
  ];
}
