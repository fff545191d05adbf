import * as v from 'valibot';
import { checkDefinition } from '../../../src/engine/definition/checkDefinition';
import { type FormInput, formSchema } from '../../../src/engine/definition/formSchema';
import type { Problem } from '../../../src/engine/definition/problem';

/**
 * What `checkDefinition` finds in a definition the schema accepts: each problem's place in words and
 * its message (where each points in the definition is checked in tests/engine/checkForm.test.ts).
 */
export function definitionProblems(
  parts: Partial<FormInput> & Pick<FormInput, 'fields'>,
): Pick<Problem, 'where' | 'message'>[] {
  const input = { slug: 'problem-test', title: 'Problem test', thankYou: { title: 'Thanks', body: '' }, ...parts };
  return checkDefinition(v.parse(formSchema, input)).map(({ where, message }) => ({ where, message }));
}
