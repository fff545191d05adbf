import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { platformLeads } from '../../db/tables/leadAdsTables';
import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { type Processed, processPlatformLead } from '../../leadAds/processPlatformLead';

/**
 * Trying a platform lead again now (`POST /admin/lead-ads/:id/retry`, `POST /api/admin/lead-ads/:id/retry`),
 * after the owner fixed what stopped it (a token, a field mapping). Only a failed one: a stored lead is
 * not fetched again, and one being tried is left to that attempt.
 */
export const retryPlatformLeadAction = action<{ id: string }, { id: string; outcome: Processed | 'not-failed' }>({
  parse: (rc) => ({ ok: true, input: { id: rc.params.id ?? '' } }),
  async run({ id }, rc) {
    const [reset] = await drizzle(rc.env.DB)
      .update(platformLeads)
      .set({ state: 'pending', nextAttemptAt: rc.now, attempts: 0 })
      .where(and(eq(platformLeads.id, id), eq(platformLeads.state, 'failed')))
      .returning({ id: platformLeads.id });
    if (!reset) return { id, outcome: 'not-failed' };
    return { id, outcome: await processPlatformLead(rc.env, id, rc.now) };
  },
  json: (result) => json(result),
  html: ({ outcome }) => seeOther(`/admin/webhooks/?retried=${outcome}#lead-ads`),
});
