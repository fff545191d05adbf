import type { PublicForm } from '../definition/publicForm';
import type { ValidationContext } from '../validation/context';
import { readAnswers } from '../validation/readAnswers';
import type { RawInput } from '../validation/types';
import { evaluateResults } from './evaluateResults';
import { type VisitorResults, visitorResults } from './visitorResults';

/**
 * The results the island shows while the visitor answers: the Worker's computation over the
 * answers that already pass their rules (one it would refuse counts as none).
 */
export function liveResults(form: PublicForm, input: RawInput, context: ValidationContext = {}): VisitorResults {
  return visitorResults(form, evaluateResults(form, readAnswers(form, input, context).answers));
}
