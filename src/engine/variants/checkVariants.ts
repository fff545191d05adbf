import { checkDefinition } from '../definition/checkDefinition';
import type { FormOutput } from '../definition/formSchema';
import type { Problem } from '../definition/problem';
import { applyVariant } from './applyVariant';

/** What the schema cannot see in a test: ids used once, names that are fields, an order that asks everything once and keeps conditions after what they read. */
export function checkVariants(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const names = form.fields.map((field) => field.name);
  const kinds = new Map(form.fields.map((field) => [field.name, field.kind]));
  form.variants?.forEach((variant, index) => {
    const where = `variant "${variant.id}"`;
    const path = ['variants', index];
    if (form.variants?.findIndex((other) => other.id === variant.id) !== index) {
      problems.push({ where, path: [...path, 'id'], message: 'variant ids must be unique: rename this one' });
    }
    for (const [name, kind] of Object.entries(variant.questions ?? {}).map(([n]) => [n, kinds.get(n)] as const)) {
      const message =
        kind === undefined
          ? `"${name}" is not a field; use one of: ${names.join(', ')}`
          : kind === 'consent' || kind === 'hidden'
            ? `"${name}" keeps its wording in every variant (${kind === 'consent' ? 'a consent text is recorded as the visitor agreed to it' : 'a hidden field shows nothing'})`
            : undefined;
      if (message) problems.push({ where: `${where} (questions)`, path: [...path, 'questions', name], message });
    }
    if (variant.order) {
      const listed = variant.order;
      const unknown = listed.filter((name) => !kinds.has(name));
      const missing = names.filter((name) => !listed.includes(name));
      const twice = listed.filter((name, at) => listed.indexOf(name) !== at);
      if (unknown.length + missing.length + twice.length > 0) {
        const parts = [
          unknown.length > 0 && `not fields: ${unknown.join(', ')}`,
          missing.length > 0 && `missing: ${missing.join(', ')}`,
          twice.length > 0 && `listed twice: ${twice.join(', ')}`,
        ].filter(Boolean);
        problems.push({
          where: `${where} (order)`,
          path: [...path, 'order'],
          message: `list every field once (${parts.join('; ')})`,
        });
      } else {
        // The reordered form must still ask every condition's question before the condition.
        const { variants: _, variant: __, ...shown } = applyVariant({ ...form, version: '' }, variant.id);
        for (const problem of checkDefinition(shown)) {
          problems.push({
            where: `${where} (order): ${problem.where}`,
            path: [...path, 'order'],
            message: problem.message,
          });
        }
      }
    }
  });
  return problems;
}
