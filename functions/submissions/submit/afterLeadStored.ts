import { errorCause } from '../../lib/errorCause';
import { deliverLeadNow } from '../../outbox/deliverLeadNow';

/**
 * Work after a lead is stored and answered, for `ctx.waitUntil`: the first attempts of everything
 * queued with it (webhooks and the owner's email). Never rejects; whatever is not done here the cron
 * sweep does from the outbox.
 */
export async function afterLeadStored(env: Env, leadId: string): Promise<void> {
  await deliverLeadNow(env, leadId).catch((error: unknown) =>
    console.error('first delivery attempts failed; the sweep retries', { leadId, cause: errorCause(error) }),
  );
}
