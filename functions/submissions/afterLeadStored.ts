import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { notifyOwnerOfLead } from '../notify/notifyOwnerOfLead';
import { deliverLeadNow } from '../webhooks/deliverLeadNow';
import { errorCause } from '../webhooks/errorCause';

/**
 * Work after a lead is stored and answered, for `ctx.waitUntil`: the first webhook attempts and the
 * owner's email, independently. Never rejects; whatever is not done here the cron sweep does.
 */
export async function afterLeadStored(env: Env, form: FormDefinition, leadId: string): Promise<void> {
  const [webhooks, email] = await Promise.allSettled([
    deliverLeadNow(env, leadId),
    notifyOwnerOfLead(env, form, leadId),
  ]);
  if (webhooks.status === 'rejected') {
    console.error('first webhook attempt failed; the sweep retries', { leadId, cause: errorCause(webhooks.reason) });
  }
  if (email.status === 'rejected') console.error('owner email failed', { leadId, cause: errorCause(email.reason) });
}
