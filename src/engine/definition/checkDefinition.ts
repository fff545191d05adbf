import { conditionFields } from '../logic/conditionFields';
import type { Condition } from '../logic/conditionSchema';
import { checkIntake } from './checkIntake';
import { checkResults } from './checkResults';
import { checkWebhooks } from './checkWebhooks';
import type { Field } from './fieldKinds';
import type { FormOutput } from './formSchema';
import { formSteps } from './formSteps';

export interface Problem {
  where: string;
  message: string;
}

/** Checks what the schema alone cannot: names that must exist, order, and bounds. */
export function checkDefinition(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  if (byName.size !== form.fields.length) problems.push({ where: 'fields', message: 'field names must be unique' });

  const steps = formSteps(form);
  const placed = steps.flatMap((step) => step.fields);
  for (const name of placed) {
    if (!byName.has(name))
      problems.push({ where: 'steps', message: `"${name}" is not a field; list only field names` });
  }
  for (const field of form.fields) {
    const times = placed.filter((name) => name === field.name).length;
    if (times !== 1) {
      problems.push({ where: `field "${field.name}"`, message: `put it on exactly one step (it is on ${times})` });
    }
  }

  const earlier: string[] = [];
  for (const step of steps) {
    if (step.showIf) problems.push(...checkCondition(step.showIf, `step "${step.id}" (showIf)`, earlier, byName));
    for (const name of step.fields) {
      const field = byName.get(name);
      if (field?.showIf) problems.push(...checkCondition(field.showIf, `field "${name}" (showIf)`, earlier, byName));
      if (field) problems.push(...checkBounds(field));
      earlier.push(name);
    }
  }
  // Scoring runs after the visitor has answered everything, so it may read any field or calculation.
  const scored = [...earlier, ...form.calculations.map((c) => c.name)];
  form.scoring?.rules.forEach((rule, index) => {
    problems.push(...checkCondition(rule.when, `scoring rule ${index + 1} (when)`, scored, byName));
  });
  return [...problems, ...checkResults(form), ...checkWebhooks(form), ...checkIntake(form)];
}

function checkCondition(condition: Condition, where: string, earlier: string[], byName: Map<string, Field>): Problem[] {
  return conditionFields(condition)
    .filter((name) => !earlier.includes(name))
    .map((name) => ({
      where,
      message: `reads "${name}", which is not a field asked before it; use one of: ${earlier.join(', ') || '(none yet)'}`,
    }))
    .concat(checkValues(condition, where, byName));
}

/** A condition comparing a choice field with a value it does not offer is a typo. */
function checkValues(condition: Condition, where: string, byName: Map<string, Field>): Problem[] {
  if ('all' in condition) return condition.all.flatMap((c) => checkValues(c, where, byName));
  if ('any' in condition) return condition.any.flatMap((c) => checkValues(c, where, byName));
  const field = byName.get(condition.field);
  if (!field || !('options' in field)) return [];
  const offered = field.options.map((o) => o.value);
  const compared =
    'equals' in condition
      ? [condition.equals]
      : 'notEquals' in condition
        ? [condition.notEquals]
        : 'oneOf' in condition
          ? condition.oneOf
          : [];
  return compared
    .filter((value) => !offered.includes(String(value)))
    .map((value) => ({
      where,
      message: `"${condition.field}" offers no option "${value}"; use one of: ${offered.join(', ')}`,
    }));
}

function checkBounds(field: Field): Problem[] {
  const where = `field "${field.name}"`;
  const pairs: [number | string | undefined, number | string | undefined, string][] = [];
  if (field.kind === 'text' || field.kind === 'textarea') pairs.push([field.minLength, field.maxLength, 'minLength']);
  if (field.kind === 'number' || field.kind === 'range' || field.kind === 'date')
    pairs.push([field.min, field.max, 'min']);
  if (field.kind === 'checkboxes') pairs.push([field.minSelected, field.maxSelected, 'minSelected']);
  const problems = pairs
    .filter(([low, high]) => low !== undefined && high !== undefined && low > high)
    .map(([, , name]) => ({ where, message: `${name} is above its maximum; swap them` }));
  if (field.kind === 'text' && field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch {
      problems.push({ where, message: 'pattern is not a valid regular expression' });
    }
  }
  if (field.kind === 'checkboxes' && (field.maxSelected ?? 0) > field.options.length) {
    problems.push({ where, message: 'maxSelected is more than the number of options' });
  }
  if (
    field.kind === 'range' &&
    field.initial !== undefined &&
    (field.initial < field.min || field.initial > field.max)
  ) {
    problems.push({ where, message: 'initial must lie between min and max' });
  }
  return problems;
}
