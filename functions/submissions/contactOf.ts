import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Answers } from '../../src/engine/validation/types';

export interface Contact {
  /** Lower-cased and trimmed. */
  email: string | null;
  /** E.164, as validation stores phone numbers. */
  phone: string | null;
}

/** The person behind the answers, normalised for finding their other leads: the first email and phone answered. */
export function contactOf(form: FormDefinition, answers: Answers): Contact {
  const first = (kind: 'email' | 'tel') => {
    for (const field of form.fields) {
      const answer = answers[field.name];
      if (field.kind === kind && typeof answer === 'string' && answer.trim() !== '') return answer.trim();
    }
    return null;
  };
  return { email: first('email')?.toLowerCase() ?? null, phone: first('tel') };
}
