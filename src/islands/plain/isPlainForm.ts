import type { FormDefinition } from '../../engine/definition/defineForm';

/**
 * Whether a form's page needs no island: questions on one page or in steps, nothing computed as the
 * visitor answers. Such a form is enhanced by src/islands/plain (a few KB); the one-question layout,
 * calculators and quizzes are the FormView island.
 */
export function isPlainForm(form: Pick<FormDefinition, 'layout' | 'calculations' | 'quiz'>): boolean {
  return form.layout !== 'conversational' && form.calculations.length === 0 && !form.quiz;
}
