import * as v from 'valibot';
import { checkDefinition, type Problem } from './checkDefinition';
import { type FormInput, type FormOutput, formSchema } from './formSchema';
import { formVersion } from './formVersion';

export type FormDefinition = FormOutput & {
  /** Hash of the definition; every stored lead carries it. */
  readonly version: string;
};

/**
 * Checks a form definition and stamps its version. An invalid definition throws at import
 * time, so `astro build` and the tests fail with a message naming the file, the field and the fix.
 */
export function defineForm(input: FormInput): FormDefinition {
  const result = v.safeParse(formSchema, input);
  const problems = result.success
    ? checkDefinition(result.output)
    : result.issues.map((issue) => ({ where: where(input, issue), message: issue.message }));
  if (!result.success || problems.length > 0) throw new Error(describe(input.slug, problems));
  return { ...result.output, version: formVersion(result.output) };
}

function describe(slug: string, problems: Problem[]): string {
  const lines = problems.map((p) => `  - ${p.where}: ${p.message}`);
  return `Form "${slug}" (templates/${slug}.ts) is not a valid definition:\n${lines.join('\n')}`;
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
