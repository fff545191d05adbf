import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { deliverLeadNow } from '../webhooks/deliverLeadNow';
import { errorCause } from '../webhooks/errorCause';
import type { Admission } from './admitSubmission';
import { afterLeadStored } from './afterLeadStored';

/**
 * Work after the answer, for `ctx.waitUntil`: a new clean lead gets its first webhook attempts and
 * the owner's email; a lead updated by a repeat gets its `lead.updated` deliveries. Spam, held
 * leads and replays fire nothing. Never rejects.
 */
export async function afterAdmission(env: Env, form: FormDefinition, admission: Admission): Promise<void> {
  if (admission.outcome !== 'stored' || admission.screening !== 'clean') return;
  if (admission.event === 'created') return afterLeadStored(env, form, admission.id);
  if (admission.event === 'updated') {
    await deliverLeadNow(env, admission.id).catch((error: unknown) =>
      console.error('first lead.updated attempt failed; the sweep retries', {
        leadId: admission.id,
        cause: errorCause(error),
      }),
    );
  }
}
