import { and, asc, eq, lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { platformLeads } from '../db/tables/leadAdsTables';
import { processPlatformLead } from './processPlatformLead';

/** Platform leads one cron run takes at most: each is one Graph API call and one lead's batch. */
const PER_RUN = 25;

/** Cron: the announced platform leads whose next attempt is due, oldest first. */
export async function sweepPlatformLeads(env: Env, now: Date): Promise<number> {
  const due = await drizzle(env.DB)
    .select({ id: platformLeads.id })
    .from(platformLeads)
    .where(and(eq(platformLeads.state, 'pending'), lte(platformLeads.nextAttemptAt, now)))
    .orderBy(asc(platformLeads.nextAttemptAt))
    .limit(PER_RUN);
  for (const { id } of due) await processPlatformLead(env, id, now);
  return due.length;
}
