import type { Step } from '../definition/formSchema';
import { formSteps } from '../definition/formSteps';
import type { PublicForm } from '../definition/publicForm';
import type { RawInput } from '../validation/types';
import { evaluateCondition, UNDECIDED } from './evaluateCondition';

export interface Visibility {
  /** Steps the visitor goes through, in order. */
  steps: Step[];
  /** Fields asked, on those steps. */
  fields: ReadonlySet<string>;
}

/**
 * The one function that decides what is asked, used by the page, the island and the Worker.
 * Conditions only read earlier fields, so one pass in order settles every field; a hidden
 * field counts as unanswered for the conditions after it. Fields named in `undecided` (answers
 * not known yet) make the conditions that read them show their field rather than hide it.
 */
export function visibleFields(
  form: PublicForm,
  answers: RawInput,
  undecided: ReadonlySet<string> = new Set(),
): Visibility {
  const fields = new Set<string>();
  const lookup = (name: string) => (undecided.has(name) ? UNDECIDED : fields.has(name) ? answers[name] : undefined);
  const steps = formSteps(form).filter((step) => {
    if (step.showIf && evaluateCondition(step.showIf, lookup) === false) return false;
    for (const name of step.fields) {
      const field = form.fields.find((f) => f.name === name);
      if (field && (!field.showIf || evaluateCondition(field.showIf, lookup) !== false)) fields.add(name);
    }
    return true;
  });
  return { steps, fields };
}
