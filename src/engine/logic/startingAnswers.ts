import type { PublicForm } from '../definition/publicForm';
import { kindOf } from '../fields/fieldKinds';
import type { RawInput } from '../validation/types';

/**
 * What the form holds before anyone touches it. The page renders from these, the island starts
 * from them, and the Worker reads them to tell which fields a no-JavaScript post has not seen yet.
 */
export function startingAnswers(form: Pick<PublicForm, 'fields'>): RawInput {
  const answers: Record<string, string> = {};
  for (const field of form.fields) {
    const value = kindOf(field).starting?.(field);
    if (value !== undefined) answers[field.name] = value;
  }
  return answers;
}
