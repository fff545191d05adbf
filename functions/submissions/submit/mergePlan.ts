import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { DuplicateUpdate } from '../../../src/engine/definition/intakeSchema';
import type { Answers } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';

export interface MergePlan {
  /** The lead's answers after the repeat. */
  answers: Answers;
  /** The fields whose answer the lead takes from the repeat. */
  applied: string[];
}

/**
 * What a repeat submission by the same person changes on their lead, by the form's policy: `replace`
 * takes its answers, `merge` fills in only what the lead has no answer for, `keep-first` changes
 * nothing. A merge is validated as a whole (an answer the logic now hides is dropped); if the
 * combination does not hold together the lead keeps its answers.
 */
export function mergePlan(
  form: FormDefinition,
  current: Answers,
  incoming: Answers,
  update: DuplicateUpdate,
): MergePlan {
  const differs = (name: string, a: Answers, b: Answers) => JSON.stringify(a[name]) !== JSON.stringify(b[name]);
  if (update === 'keep-first') return { answers: current, applied: [] };
  if (update === 'replace') {
    const names = new Set([...Object.keys(current), ...Object.keys(incoming)]);
    return { answers: incoming, applied: [...names].filter((name) => differs(name, current, incoming)) };
  }
  const filled = Object.keys(incoming).filter((name) => current[name] === undefined || current[name] === '');
  if (filled.length === 0) return { answers: current, applied: [] };
  const combined = { ...current, ...Object.fromEntries(filled.map((name) => [name, incoming[name]])) };
  const verdict = validateAnswers(form, combined as Record<string, never>);
  if (!verdict.ok) return { answers: current, applied: [] };
  return { answers: verdict.answers, applied: filled.filter((name) => verdict.answers[name] !== undefined) };
}
