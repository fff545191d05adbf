import type { FormInput } from '../definition/formSchema';
import type { Condition } from '../logic/conditionSchema';

/** A field name made from its question: "Your phone number" → "your_phone_number". */
export function nameFromLabel(label: string): string {
  const words = plain(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return /^[a-z]/.test(words) ? words : words ? `q_${words}` : '';
}

/** An option value made from its label: "Both inside and out" → "both-inside-and-out". */
export function valueFromLabel(label: string): string {
  return plain(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * Whether a name was made by the studio (a fresh "question_3", "phone_7", or one made from the
 * current question) rather than chosen by the owner: only those follow the question as it is typed.
 */
export function isAutomaticName(name: string, label: string): boolean {
  return name === nameFromLabel(label) || /^[a-z]+_\d+$/.test(name);
}

/** Whether an option's value was made by the studio rather than chosen by the owner. */
export function isAutomaticValue(value: string, label: string): boolean {
  return value === valueFromLabel(label) || /^(first|second|option-\d+)$/.test(value);
}

/**
 * Renames one option value of a field wherever conditions name it (fields, steps, scoring rules).
 * Changes `form` in place (the studio's draft) and returns it.
 */
export function renameOption(form: FormInput, field: string, from: string, to: string): FormInput {
  if (from === to) return form;
  const swap = (value: unknown) => (value === from ? to : value);
  const condition = (c: Condition): Condition => {
    if ('all' in c) return { all: c.all.map(condition) };
    if ('any' in c) return { any: c.any.map(condition) };
    if (c.field !== field) return c;
    if ('equals' in c) return { ...c, equals: swap(c.equals) as typeof c.equals };
    if ('notEquals' in c) return { ...c, notEquals: swap(c.notEquals) as typeof c.notEquals };
    if ('oneOf' in c) return { ...c, oneOf: c.oneOf.map((value) => (value === from ? to : value)) };
    if ('contains' in c) return { ...c, contains: c.contains === from ? to : c.contains };
    return c;
  };
  for (const each of form.fields) if (each.showIf) each.showIf = condition(each.showIf);
  for (const step of form.steps ?? []) if (step.showIf) step.showIf = condition(step.showIf);
  for (const rule of form.scoring?.rules ?? []) rule.when = condition(rule.when);
  return form;
}

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}
