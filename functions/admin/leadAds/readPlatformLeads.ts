import { desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type PlatformLead, platformLeads } from '../../db/tables/leadAdsTables';

/** The most recent leads ad platforms announced, newest first, with where each stands. */
export async function readPlatformLeads(db: D1Database, limit = 50): Promise<PlatformLead[]> {
  return drizzle(db).select().from(platformLeads).orderBy(desc(platformLeads.receivedAt)).limit(limit);
}
