import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { formSteps } from '../../src/engine/definition/formSteps';
import { STEP_CONTROLS } from '../../src/engine/definition/stepControls';
import type { RawInput } from '../../src/engine/validation/types';
import { countFunnelEvent } from './countFunnelEvent';
import { funnelSource } from './funnelSource';
import { sourceOfPageRequest } from './visitSource';

/**
 * The funnel without JavaScript, from each step's post to /f/<slug>/submit: passing the first
 * step counts as a start (a post that comes back with errors does not, so retries are not
 * counted twice), and each later step shown on the way forward counts as reaching it. One D1 write per event.
 */
export async function countNoScriptProgress(
  env: Env,
  request: Request,
  form: FormDefinition,
  input: RawInput,
  outcome: { kind: 'show-step'; status: number; step: { id: string } } | { kind: 'complete' },
  variant?: string,
): Promise<void> {
  const first = formSteps(form)[0]?.id;
  const stepControl = input[STEP_CONTROLS.step];
  const posted = typeof stepControl === 'string' ? stepControl : first;
  // The visit's first touch, as its view and its lead count it; the post comes from the form's own page.
  const source =
    sourceOfPageRequest(request, new Date()) ??
    funnelSource(typeof input.utm_source === 'string' ? input.utm_source : undefined);
  if (input[STEP_CONTROLS.back] !== undefined) return;
  const movedOn = outcome.kind === 'complete' || (outcome.status === 200 && outcome.step.id !== posted);
  if (!movedOn) return;
  try {
    if (posted === first) await countFunnelEvent(env, request, { form: form.slug, source, kind: 'start', variant });
    if (outcome.kind === 'show-step' && outcome.step.id !== first) {
      await countFunnelEvent(env, request, {
        form: form.slug,
        source,
        kind: 'step',
        step: outcome.step.id,
        variant,
      });
    }
  } catch (error) {
    // A lost count must never cost the visitor their step.
    console.error('funnel step not counted', { form: form.slug, error: String(error) });
  }
}
