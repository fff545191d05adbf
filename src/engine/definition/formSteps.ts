import type { Field } from '../fields/fieldKinds';
import type { Condition } from '../logic/conditionSchema';
import type { FormOutput, Step } from './formSchema';

type StepSource = Pick<FormOutput, 'fields' | 'steps' | 'title'> & { layout?: FormOutput['layout'] };

/** The steps as the definition writes them; a form without steps is one step holding every field. */
export function declaredSteps(form: Pick<FormOutput, 'fields' | 'steps' | 'title'>): Step[] {
  return form.steps ?? [{ id: 'form', title: form.title, fields: form.fields.map((field) => field.name) }];
}

/**
 * The steps a visitor goes through: the declared ones, or, in the conversational layout, one
 * question each. Page, island, Worker, funnel and validation all take steps from here, so a
 * conversational form posts question by question without JavaScript through the same signed token.
 */
export function formSteps(form: StepSource): Step[] {
  const declared = declaredSteps(form);
  return form.layout === 'conversational' ? declared.flatMap((step) => questionSteps(step, form.fields)) : declared;
}

/**
 * One step per question of a declared step. A question's own condition becomes its step's, so a
 * question that is not asked is no empty screen. What is not a question of its own rides along:
 * hidden fields with the next question, a consent box with the question before it (the email it covers).
 */
function questionSteps(step: Step, fields: readonly Field[]): Step[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const groups: string[][] = [];
  let waiting: string[] = [];
  for (const name of step.fields) {
    const kind = byName.get(name)?.kind;
    const last = groups.at(-1);
    if (kind === 'hidden') waiting.push(name);
    else if (kind === 'consent' && last) last.push(name);
    else {
      groups.push([...waiting, name]);
      waiting = [];
    }
  }
  if (waiting.length > 0) {
    const last = groups.at(-1);
    if (last) last.push(...waiting);
    else groups.push(waiting);
  }
  return groups.map((names, index) => {
    const asked = names.map((name) => byName.get(name)).find((field) => field && field.kind !== 'hidden');
    const conditions = [step.showIf, asked?.showIf].filter((c): c is Condition => c !== undefined);
    return {
      id: index === 0 ? step.id : slugOf(asked?.name ?? `${step.id}-${index}`),
      title: step.title,
      ...(index === 0 && step.intro !== undefined ? { intro: step.intro } : {}),
      fields: names,
      ...(conditions.length === 0 ? {} : { showIf: conditions.length === 1 ? conditions[0] : { all: conditions } }),
    };
  });
}

/** Field names use "_", step ids "-": a field's step id cannot meet another field's. */
function slugOf(name: string): string {
  return name.replace(/_/g, '-');
}
