import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Admission } from './admitSubmission';
import { afterLeadStored } from './afterLeadStored';

/**
 * Work after the answer, for `ctx.waitUntil`: a new or updated clean lead gets the first attempts of
 * what was queued with it. Spam, held leads and replays queued nothing. Never rejects.
 */
export async function afterAdmission(env: Env, _form: FormDefinition, admission: Admission): Promise<void> {
  if (admission.outcome !== 'stored' || admission.screening !== 'clean' || admission.event === 'replayed') return;
  await afterLeadStored(env, admission.id);
}
