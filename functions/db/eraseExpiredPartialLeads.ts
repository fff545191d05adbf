import { lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { partialLeads } from './schema';

/** Erases partial leads whose resume link has expired (the cron runs it); returns how many. */
export async function eraseExpiredPartialLeads(db: D1Database, now: Date): Promise<number> {
  const erased = await drizzle(db)
    .delete(partialLeads)
    .where(lte(partialLeads.expiresAt, now))
    .returning({ id: partialLeads.id });
  return erased.length;
}
