import type { Messages } from '../i18n/messages';
import type { RuleContext } from '../validation/context';
import type { AnswerValue, RawValue } from '../validation/types';
import type { InputHints } from './inputHints';

/** A problem of one field's definition: the path within the field (['max']) and what to do. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** How an answer reads: the value to store (none for an optional field left empty), or one message. */
export type Reading = { ok: true; value?: AnswerValue } | { ok: false; message: string };

/**
 * Everything the engine knows about one kind of field, in one place: how a raw answer is read and
 * checked (island and Worker alike), how a definition of it is checked beyond its schema, what a
 * formula reads from its answer, how an answer reads to people, and what a contact it is.
 */
export interface KindRules<F> {
  read(field: F, raw: RawValue, msg: Messages, context: RuleContext): Reading;
  /** Problems of this field's definition the schema alone cannot see (bounds, patterns). */
  check?(field: F): FieldProblem[];
  /** The number a formula reads for an answer; kinds without one cannot be read by formulas. */
  formulaValue?(field: F, answer: AnswerValue | undefined): number | undefined;
  /** An answer as the owner reads it (inbox, exports, chat, email). */
  displayText(field: F, answer: AnswerValue): string;
  /** The keyboard and autofill of its input, for kinds shown as one line of text. */
  hints?(field: F): InputHints;
  /** The answer a field holds before the visitor touches it (a slider's start, a number's default). */
  starting?(field: F): string | undefined;
  /** A field whose answer says who the person is. */
  contact?: 'email' | 'phone';
  /**
   * How the owner's summary of a form shows this field's answers: counts per choice, a 1…max scale,
   * the spread of numbers, the latest few texts, or only how many answered (contact details stay out of it).
   */
  summary: AnswerSummaryKind;
}

export type AnswerSummaryKind = 'choices' | 'scale' | 'numbers' | 'samples' | 'count';
