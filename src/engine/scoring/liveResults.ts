import type { FormDefinition } from '../definition/defineForm';
import type { ValidationContext } from '../validation/context';
import type { RawInput } from '../validation/types';
import { validAnswers } from '../validation/validAnswers';
import { evaluateResults } from './evaluateResults';
import { type VisitorResults, visitorResults } from './visitorResults';

/** The results the island shows while the visitor answers: the Worker's computation over the answers valid so far. */
export function liveResults(form: FormDefinition, input: RawInput, context: ValidationContext = {}): VisitorResults {
  return visitorResults(form, evaluateResults(form, validAnswers(form, input, context)));
}
