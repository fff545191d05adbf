import { checkForm } from './checkForm';
import type { FormDefinition, FormInput } from './formSchema';
import type { Problem } from './problem';

export type { FormDefinition };

/**
 * A form written as code (templates/): checked by checkForm and stamped with its version. An
 * invalid definition throws at import time, so `astro build` and the tests fail with a message
 * naming the file, the field and the fix.
 */
export function defineForm(input: FormInput): FormDefinition {
  const checked = checkForm(input);
  if (!checked.ok) throw new Error(describe(input.slug, checked.problems));
  return checked.form;
}

function describe(slug: string, problems: Problem[]): string {
  const lines = problems.map((p) => `  - ${p.where}: ${p.message}`);
  return `Form "${slug}" (templates/${slug}.ts) is not a valid definition:\n${lines.join('\n')}`;
}
