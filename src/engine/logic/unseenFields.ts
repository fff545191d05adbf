import type { PublicForm } from '../definition/publicForm';
import type { RawInput } from '../validation/types';
import { startingAnswers } from './startingAnswers';
import { visibleFields } from './visibleFields';

/**
 * Fields of a step that its own answers have just revealed: hidden when the page showed the step
 * (its fields at their starting answers), shown now. A post without JavaScript has never seen
 * them, so it is asked them next rather than told they are missing.
 */
export function unseenFields(form: PublicForm, answers: RawInput, stepFields: readonly string[]): string[] {
  const starting = startingAnswers(form);
  const asShown: Record<string, RawInput[string]> = { ...answers };
  for (const name of stepFields) asShown[name] = starting[name];
  const before = visibleFields(form, asShown).fields;
  const now = visibleFields(form, answers).fields;
  return stepFields.filter((name) => now.has(name) && !before.has(name));
}
