import type { Step } from '../definition/formSchema';
import { formSteps } from '../definition/formSteps';
import type { PublicForm } from '../definition/publicForm';
import type { RawInput } from '../validation/types';
import { visibleFields } from './visibleFields';

export interface StepProgress {
  /** The steps the visitor goes through with these answers, in order. */
  steps: Step[];
  /** Where the visitor is among them (the first step if `stepId` is not one of them). */
  index: number;
  step: Step | undefined;
  /** How many steps to say there are: never fewer than reached, so "Step 2 of 3" may become "2 of 2" but never the other way round. */
  count: number;
  isLast: boolean;
}

/**
 * Where a visitor stands in a form's steps. A step that waits on an unanswered question counts
 * until the answer rules it out, so the bar never moves back. The page, the island and the plain
 * enhancer all say "Step n of m" from here.
 */
export function stepProgress(form: PublicForm, answers: RawInput, stepId: string | undefined): StepProgress {
  const all = formSteps(form);
  const steps = visibleFields(form, answers).steps;
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  );
  const step = steps[index] ?? all[0];
  const from = all.findIndex((s) => s.id === step?.id);
  const open = all
    .slice(Math.max(0, from))
    .flatMap((s) => s.fields)
    .filter((name) => isEmptyAnswer(answers[name]));
  const count = Math.max(index + 1, visibleFields(form, answers, new Set(open)).steps.length);
  return { steps, index, step, count, isLast: index === steps.length - 1 };
}

/** No answer: nothing given, an empty text, an empty list. */
export function isEmptyAnswer(value: RawInput[string]): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether the live results belong on the visitor's step: they follow the last question that
 * feeds them (`anchor`, src/engine/scoring/resultsAnchor.ts) and close the steps after it; before
 * it there is nothing to show yet. Without an anchor they close the form.
 */
export function resultsOnStep(at: StepProgress, anchor: string | undefined): boolean {
  const from = anchor === undefined ? -1 : at.steps.findIndex((s) => s.fields.includes(anchor));
  // An anchor the answers do not ask leaves the results to close the form.
  return from < 0 ? at.isLast : at.index >= from;
}

/** One question at a time, a step titled like the page only repeats its heading: said to screen readers, not shown. */
export function quietTitle(form: Pick<PublicForm, 'layout' | 'title'>, step: Step): boolean {
  return form.layout === 'conversational' && step.title === form.title;
}
