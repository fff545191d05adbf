import { lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { overwrittenPartialLead } from './overwritten';
import { partialLeads } from './schema';

/**
 * Erases partial leads whose resume link has expired (the cron runs it), overwriting what the
 * visitor typed before the rows go; returns how many.
 */
export async function eraseExpiredPartialLeads(db: D1Database, now: Date): Promise<number> {
  const orm = drizzle(db);
  const expired = lte(partialLeads.expiresAt, now);
  const [, erased] = await orm.batch([
    orm.update(partialLeads).set(overwrittenPartialLead()).where(expired),
    orm.delete(partialLeads).where(expired).returning({ id: partialLeads.id }),
  ]);
  return erased.length;
}
