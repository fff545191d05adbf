import * as v from 'valibot';
import { checkConversions } from '../conversions/checkConversions';
import { checkLeadAds } from '../leadAds/checkLeadAds';
import { checkVariants } from '../variants/checkVariants';
import { checkDefinition } from './checkDefinition';
import { type FormDefinition, formSchema } from './formSchema';
import { formVersion } from './formVersion';
import type { Problem } from './problem';

export type FormCheck = { ok: true; form: FormDefinition } | { ok: false; problems: Problem[] };

/**
 * The one check of a form definition, whatever wrote it (a file in templates/, the studio, an
 * imported JSON): the schema, then what the schema alone cannot see. A definition that passes is
 * stamped with its version. The build and the studio call this, so they agree on every problem.
 */
export function checkForm(input: unknown): FormCheck {
  const result = v.safeParse(formSchema, input);
  if (!result.success) return { ok: false, problems: result.issues.map((issue) => schemaProblem(input, issue)) };
  const problems = [
    ...checkDefinition(result.output),
    ...checkVariants(result.output),
    ...checkLeadAds(result.output),
    ...checkConversions(result.output),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, form: { ...result.output, version: formVersion(result.output) } };
}

function schemaProblem(input: unknown, issue: v.BaseIssue<unknown>): Problem {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  return { where: where(input, path), path, message: plainMessage(issue, path) };
}

/**
 * Valibot's own wording ("Invalid key: Expected never but received …") said as an owner would read
 * it; the schema's written messages ("give the form a title") stay as they are.
 */
function plainMessage(issue: v.BaseIssue<unknown>, path: (string | number)[]): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const key = path.at(-1);
  if (issue.kind === 'schema' && issue.expected === 'never')
    return `"${key}" is not a setting here: remove it, or check its spelling`;
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"'))
    return `"${key}" is missing: it is required here`;
  if (issue.kind === 'schema') return `expected ${issue.expected ?? 'another value'} here, not ${issue.received}`;
  return issue.message.replace(/^Invalid \w+: /, '');
}

function where(input: unknown, path: (string | number)[]): string {
  if (path[0] === 'fields' && typeof path[1] === 'number') {
    const fields = (input as { fields?: { name?: unknown }[] } | null)?.fields;
    const name = fields?.[path[1]]?.name;
    const rest = path.slice(2).join('.');
    return `field "${typeof name === 'string' ? name : path[1]}"${rest ? ` (${rest})` : ''}`;
  }
  return path.length > 0 ? path.join('.') : 'form';
}
