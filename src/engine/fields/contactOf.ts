import type { Answers } from '../validation/types';
import { type Field, kindOf } from './fieldKinds';

export interface Contact {
  /** A name-like answer: a text field with autofill "name", else one whose name says "name". */
  name: string | null;
  /** The first email answered, as stored (domain lower-cased by validation). */
  email: string | null;
  /** The first phone answered, in E.164 as validation stores it. */
  phone: string | null;
}

/**
 * Who the person behind the answers is: for the inbox, the lead page, emails, and finding their
 * other leads (compare emails in lower case). The one place that decides it.
 */
export function contactOf(form: { fields: readonly Field[] } | undefined, answers: Answers): Contact {
  const fields = form?.fields ?? [];
  const text = (name: string | undefined) => {
    const answer = name === undefined ? undefined : answers[name];
    return typeof answer === 'string' && answer.trim() !== '' ? answer.trim() : null;
  };
  const first = (role: 'email' | 'phone') =>
    fields
      .filter((field) => kindOf(field).contact === role)
      .reduce<string | null>((found, field) => found ?? text(field.name), null);
  const nameField =
    fields.find((field) => field.kind === 'text' && field.autocomplete === 'name') ??
    fields.find((field) => field.kind === 'text' && /name/i.test(field.name));
  // A lead of a form that is gone keeps its answers: the usual names still say who it was.
  return {
    name: text(nameField?.name) ?? (form ? null : text('name')),
    email: first('email') ?? (form ? null : text('email')),
    phone: first('phone') ?? (form ? null : text('phone')),
  };
}
