import type { PublicForm } from '../definition/publicForm';
import { readAnswers, type ValidationScope } from './readAnswers';
import type { RawInput, Validation } from './types';

/**
 * Validates a submission against its form: only the fields the form asks, given the answers,
 * are read, so unknown keys and answers to hidden fields are dropped and never stored.
 * The island runs it before sending; the Worker runs it before storing.
 */
export function validateAnswers(form: PublicForm, input: RawInput, scope: ValidationScope = {}): Validation {
  const { answers, errors } = readAnswers(form, input, scope);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
