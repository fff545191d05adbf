import { type Field, kindOf } from '../fields/fieldKinds';
import { conditionFields } from '../logic/conditionFields';
import type { Condition } from '../logic/conditionSchema';
import { checkReply } from '../reply/checkReply';
import { checkIntake } from './checkIntake';
import { checkResults } from './checkResults';
import { checkWebhooks } from './checkWebhooks';
import type { FormOutput } from './formSchema';
import { declaredSteps } from './formSteps';
import type { Problem } from './problem';

/** Checks what the schema alone cannot: names that must exist, order, and each kind's own bounds. */
export function checkDefinition(form: FormOutput): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(form.fields.map((field) => [field.name, field]));
  const indexOf = new Map(form.fields.map((field, index) => [field.name, index]));
  form.fields.forEach((field, index) => {
    if (form.fields.findIndex((other) => other.name === field.name) !== index) {
      problems.push({
        where: `field "${field.name}"`,
        path: ['fields', index, 'name'],
        message: 'field names must be unique: rename this one',
      });
    }
  });

  const steps = declaredSteps(form);
  steps.forEach((step, s) => {
    for (const name of step.fields) {
      if (!byName.has(name)) {
        problems.push({
          where: 'steps',
          path: ['steps', s, 'fields'],
          message: `"${name}" is not a field; list only field names`,
        });
      }
    }
  });
  const placed = steps.flatMap((step) => step.fields);
  form.fields.forEach((field, index) => {
    const times = placed.filter((name) => name === field.name).length;
    if (times !== 1) {
      problems.push({
        where: `field "${field.name}"`,
        path: ['fields', index],
        message: `put it on exactly one step (it is on ${times})`,
      });
    }
  });

  const earlier: string[] = [];
  steps.forEach((step, s) => {
    if (step.showIf) {
      problems.push(
        ...checkCondition(step.showIf, `step "${step.id}" (showIf)`, ['steps', s, 'showIf'], earlier, byName),
      );
    }
    for (const name of step.fields) {
      const field = byName.get(name);
      const index = indexOf.get(name) ?? -1;
      if (field?.showIf) {
        problems.push(
          ...checkCondition(field.showIf, `field "${name}" (showIf)`, ['fields', index, 'showIf'], earlier, byName),
        );
      }
      if (field) {
        for (const problem of kindOf(field).check?.(field) ?? []) {
          problems.push({
            where: `field "${name}" (${problem.path.join('.')})`,
            path: ['fields', index, ...problem.path],
            message: problem.message,
          });
        }
      }
      earlier.push(name);
    }
  });
  // Scoring runs after the visitor has answered everything, so it may read any field or calculation.
  const scored = [...earlier, ...form.calculations.map((c) => c.name)];
  form.scoring?.rules.forEach((rule, index) => {
    problems.push(
      ...checkCondition(
        rule.when,
        `scoring rule ${index + 1} (when)`,
        ['scoring', 'rules', index, 'when'],
        scored,
        byName,
      ),
    );
  });
  return [...problems, ...checkResults(form), ...checkWebhooks(form), ...checkIntake(form), ...checkReply(form)];
}

function checkCondition(
  condition: Condition,
  where: string,
  path: (string | number)[],
  earlier: string[],
  byName: Map<string, Field>,
): Problem[] {
  return conditionFields(condition)
    .filter((name) => !earlier.includes(name))
    .map((name) => ({
      where,
      path,
      message: `reads "${name}", which is not a field asked before it; use one of: ${earlier.join(', ') || '(none yet)'}`,
    }))
    .concat(checkValues(condition, where, path, byName));
}

/** A condition comparing a choice field with a value it does not offer is a typo. */
function checkValues(
  condition: Condition,
  where: string,
  path: (string | number)[],
  byName: Map<string, Field>,
): Problem[] {
  if ('all' in condition) return condition.all.flatMap((c) => checkValues(c, where, path, byName));
  if ('any' in condition) return condition.any.flatMap((c) => checkValues(c, where, path, byName));
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
      path,
      message: `"${condition.field}" offers no option "${value}"; use one of: ${offered.join(', ')}`,
    }));
}
