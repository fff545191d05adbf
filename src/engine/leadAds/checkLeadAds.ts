import type { FormOutput } from '../definition/formSchema';
import type { Problem } from '../definition/problem';

/** A lead-ad connection may only fill fields the form has, and a disclaimer's tick only a consent field. */
export function checkLeadAds(form: FormOutput): Problem[] {
  const meta = form.leadAds?.meta;
  if (!meta) return [];
  const kinds = new Map(form.fields.map((field) => [field.name, field.kind]));
  const names = form.fields.map((field) => field.name).join(', ');
  const problems: Problem[] = [];
  for (const [key, name] of Object.entries(meta.fields)) {
    if (!kinds.has(name)) {
      problems.push({
        where: `leadAds.meta.fields (${key})`,
        path: ['leadAds', 'meta', 'fields', key],
        message: `"${name}" is not a field; use one of: ${names}`,
      });
    }
  }
  for (const [key, name] of Object.entries(meta.consents ?? {})) {
    if (kinds.get(name) !== 'consent') {
      problems.push({
        where: `leadAds.meta.consents (${key})`,
        path: ['leadAds', 'meta', 'consents', key],
        message: `"${name}" is not a consent field of this form`,
      });
    }
  }
  return problems;
}
