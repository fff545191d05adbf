import type { FormDefinition, FormInput } from '../definition/formSchema';

/**
 * A checked definition as the studio stores and edits it: plain JSON, the same shape a template
 * passes to defineForm, without the version hash (which checkForm stamps again).
 */
export function definitionJson(form: FormDefinition): FormInput {
  const { version: _version, ...input } = form;
  return JSON.parse(JSON.stringify(input)) as FormInput;
}
