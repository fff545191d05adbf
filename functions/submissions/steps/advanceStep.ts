import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Step } from '../../../src/engine/definition/formSchema';
import { formSteps } from '../../../src/engine/definition/formSteps';
import { STEP_CONTROLS } from '../../../src/engine/definition/stepControls';
import { unseenFields } from '../../../src/engine/logic/unseenFields';
import { visibleFields } from '../../../src/engine/logic/visibleFields';
import type { ValidationContext } from '../../../src/engine/validation/context';
import type { FieldErrors, RawInput } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { readStepToken, signStepToken } from './stepToken';

export type StepOutcome =
  | {
      kind: 'show-step';
      status: 200 | 400 | 422;
      step: Step;
      values: RawInput;
      errors: FieldErrors;
      token: string;
      stale: boolean;
    }
  | { kind: 'complete'; input: RawInput };

/**
 * One post of a form without JavaScript. Earlier answers come only from the signed token; the
 * post supplies the current step's. A valid step leads to the next step the logic shows, or,
 * after the last, to `complete` with every answer for the final validation. A question the
 * step's own answers revealed (the page could not show it without JavaScript) is asked on the
 * same step, without an error, before the visitor moves on.
 */
export async function advanceStep(
  form: FormDefinition,
  input: RawInput,
  secret: string,
  context: ValidationContext,
  now: number,
): Promise<StepOutcome> {
  const all = formSteps(form);
  const only = all.length === 1 ? all[0] : undefined;
  if (only) {
    const unseen = unanswered(unseenFields(form, input, only.fields), input);
    if (unseen.length === 0) return { kind: 'complete', input };
    const verdict = validateAnswers(form, input, context);
    const errors = verdict.ok ? {} : without(verdict.errors, unseen);
    const status = Object.keys(errors).length > 0 ? 422 : 200;
    return { kind: 'show-step', status, step: only, values: input, errors, token: '', stale: false };
  }
  if (!secret) {
    throw new Error(
      'FORM_TOKEN_SECRET is not set, so multi-step forms cannot carry answers between steps: run "npx wrangler secret put FORM_TOKEN_SECRET".',
    );
  }

  const current = all.find((step) => step.id === input[STEP_CONTROLS.step]) ?? all[0];
  const token = input[STEP_CONTROLS.token];
  const earlier = typeof token === 'string' && token !== '' ? await readStepToken(secret, form, token, now) : {};
  const show = async (status: 200 | 400 | 422, step: Step, values: RawInput, errors: FieldErrors = {}) => ({
    kind: 'show-step' as const,
    status,
    step,
    values,
    errors,
    token: await signStepToken(secret, form, values, now),
    stale: status === 400,
  });
  if (!earlier || !current) return show(400, all[0] as Step, {});

  const answers: Record<string, RawInput[string]> = { ...earlier };
  for (const name of current.fields) answers[name] = input[name];

  const visible = visibleFields(form, answers).steps;
  const index = visible.findIndex((step) => step.id === current.id);
  if (input[STEP_CONTROLS.back] !== undefined) return show(200, visible[Math.max(0, index - 1)] ?? current, answers);

  const unseen = unanswered(unseenFields(form, answers, current.fields), answers);
  const verdict = validateAnswers(form, answers, { ...context, steps: [current.id] });
  const errors = verdict.ok ? {} : without(verdict.errors, unseen);
  if (Object.keys(errors).length > 0) return show(422, current, answers, errors);
  if (unseen.length > 0) return show(200, current, answers);
  const next = visible[index + 1];
  return next ? show(200, next, answers) : { kind: 'complete', input: answers };
}

function unanswered(names: string[], answers: RawInput): string[] {
  return names.filter((name) => {
    const value = answers[name];
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  });
}

function without(errors: FieldErrors, names: readonly string[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([name]) => !names.includes(name)));
}
