import * as v from 'valibot';
import { checkDefinition, type Problem } from '../../../src/engine/definition/checkDefinition';
import { type FormInput, formSchema } from '../../../src/engine/definition/formSchema';

/** What `checkDefinition` finds in a definition the schema accepts: each problem's place and message. */
export function definitionProblems(parts: Partial<FormInput> & Pick<FormInput, 'fields'>): Problem[] {
  const input = { slug: 'problem-test', title: 'Problem test', thankYou: { title: 'Thanks', body: '' }, ...parts };
  return checkDefinition(v.parse(formSchema, input));
}
