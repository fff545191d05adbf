import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Parsed } from '../../http/action';
import { type PersonMatch, type PersonQuery, personConditions } from './personConditions';

/** What is wrong with a person's email or phone, as the API's `fields` and the page's alert say it. */
export const PERSON_PROBLEMS = {
  invalid_email: { email: 'Enter an email address like name@example.com.' },
  invalid_phone: { phone: 'Enter a phone number with its country code, like +44 20 7946 0958.' },
  missing: { email: 'Give an email address or a phone number.' },
} as const;

/** One person to find or erase: the API names `email` or `phone`; the page's one box takes either. */
export function personInput(
  values: { email?: unknown; phone?: unknown; who?: unknown },
  forms: readonly FormDefinition[],
): Parsed<{ query: PersonQuery; match: Extract<PersonMatch, { ok: true }> }> {
  const who = typeof values.who === 'string' ? values.who.trim() : '';
  const email = typeof values.email === 'string' && values.email ? values.email : who.includes('@') ? who : '';
  const phone = typeof values.phone === 'string' && values.phone ? values.phone : who && !who.includes('@') ? who : '';
  const query: PersonQuery | undefined = email ? { email } : phone ? { phone } : undefined;
  if (!query) return { ok: false, code: 'invalid_request', fields: PERSON_PROBLEMS.missing };
  const match = personConditions(query, forms);
  if (!match.ok) return { ok: false, code: 'invalid_request', fields: PERSON_PROBLEMS[match.reason] };
  return { ok: true, input: { query, match } };
}
