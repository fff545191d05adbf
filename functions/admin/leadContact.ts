import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Answers } from '../../src/engine/validation/types';

/** Who a lead is, for lists: a name-like answer and the first email and phone answers of the form. */
export function leadContact(
  form: FormDefinition | undefined,
  answers: Answers,
): {
  name?: string;
  email?: string;
  phone?: string;
} {
  const text = (name: string | undefined) => {
    const value = name === undefined ? undefined : answers[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const fields = form?.fields ?? [];
  const nameField =
    fields.find((f) => f.kind === 'text' && 'autocomplete' in f && f.autocomplete === 'name') ??
    fields.find((f) => /name/i.test(f.name) && f.kind === 'text');
  const name = text(nameField?.name) ?? text('name');
  const email = text(fields.find((f) => f.kind === 'email')?.name) ?? text('email');
  const phone = text(fields.find((f) => f.kind === 'tel')?.name) ?? text('phone');
  return { ...(name && { name }), ...(email && { email }), ...(phone && { phone }) };
}
