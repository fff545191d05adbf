import { defineForm, type FormDefinition } from '../../../src/engine/definition/defineForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';

/** A checked form for a scoring test: only the parts the test is about, the rest filled in. */
export function testForm(parts: Partial<FormInput> & Pick<FormInput, 'fields'>): FormDefinition {
  return defineForm({ slug: 'scoring-test', title: 'Scoring test', thankYou: { title: 'Thanks', body: '' }, ...parts });
}
