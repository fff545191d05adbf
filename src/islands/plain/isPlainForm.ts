import type { FormDefinition } from '../../engine/definition/defineForm';
import { formSteps } from '../../engine/definition/formSteps';

/**
 * Whether a form's page needs no island: one page of questions, nothing computed as the visitor
 * answers. Such a form is enhanced by src/islands/plain (a few KB); steps, the one-question layout,
 * calculators and quizzes are rendered and moved between by the FormView island.
 */
export function isPlainForm(
  form: Pick<FormDefinition, 'fields' | 'steps' | 'title' | 'layout' | 'calculations' | 'quiz'>,
): boolean {
  return (
    formSteps(form).length === 1 && form.layout !== 'conversational' && form.calculations.length === 0 && !form.quiz
  );
}
