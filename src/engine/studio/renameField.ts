import type { FormInput } from '../definition/formSchema';
import type { Condition } from '../logic/conditionSchema';

/**
 * Renames a field everywhere the definition names it: steps, conditions (of fields, steps and
 * scoring rules), formulas, the partial-lead consent and webhook consents. Changes `form` in place
 * (the studio's draft) and returns it.
 */
export function renameField(form: FormInput, from: string, to: string): FormInput {
  if (from === to) return form;
  const condition = (c: Condition | undefined): Condition | undefined => {
    if (!c) return c;
    if ('all' in c) return { all: c.all.map((x) => condition(x) as Condition) };
    if ('any' in c) return { any: c.any.map((x) => condition(x) as Condition) };
    return c.field === from ? { ...c, field: to } : c;
  };
  for (const field of form.fields) {
    if (field.name === from) field.name = to;
    if (field.showIf) field.showIf = condition(field.showIf);
  }
  for (const step of form.steps ?? []) {
    step.fields = step.fields.map((name) => (name === from ? to : name));
    if (step.showIf) step.showIf = condition(step.showIf);
  }
  for (const rule of form.scoring?.rules ?? []) rule.when = condition(rule.when) as Condition;
  // A formula names fields as identifiers: replace whole words only, never part of a longer name.
  const word = new RegExp(`(?<![A-Za-z0-9_])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`, 'g');
  for (const calculation of form.calculations ?? []) {
    if (from) calculation.formula = calculation.formula.replace(word, to);
  }
  if (form.partialLeads?.consent === from) form.partialLeads.consent = to;
  for (const endpoint of form.webhooks ?? []) {
    if (endpoint.requiresConsent === from) endpoint.requiresConsent = to;
  }
  return form;
}
