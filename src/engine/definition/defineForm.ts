import * as v from 'valibot';
import { type FormInput, formSchema } from './formSchema';
import { formVersion } from './formVersion';

export type FormDefinition = v.InferOutput<typeof formSchema> & {
  /** Hash of the definition; every stored lead carries it. */
  readonly version: string;
};

/**
 * Checks a form definition and stamps its version. An invalid definition throws at import
 * time, so `astro build` and the tests fail with a message naming the form, the field and the fix.
 */
export function defineForm(input: FormInput): FormDefinition {
  const result = v.safeParse(formSchema, input);
  if (!result.success) {
    const problems = result.issues.map((issue) => `  - ${where(input, issue)}: ${issue.message}`);
    throw new Error(
      `Form "${input.slug}" (templates/${input.slug}.ts) is not a valid definition:\n${problems.join('\n')}`,
    );
  }
  return { ...result.output, version: formVersion(result.output) };
}

function where(input: FormInput, issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => item.key) ?? [];
  if (path[0] === 'fields' && typeof path[1] === 'number') {
    const field = input.fields[path[1]];
    const rest = path.slice(2).join('.');
    return `field "${field?.name ?? path[1]}"${rest ? ` (${rest})` : ''}`;
  }
  return path.length > 0 ? path.join('.') : 'form';
}
