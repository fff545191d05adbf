import { drizzle } from 'drizzle-orm/d1';
import { partialLeads } from '../db/schema';
import { eraseLeads } from './eraseLeads';
import type { PersonMatch } from './personConditions';

/**
 * Erases every lead of one person and every copy of their data, and their unfinished fills;
 * returns how many leads were erased.
 */
export async function erasePerson(db: D1Database, match: PersonMatch & { ok: true }): Promise<number> {
  let erased = 0;
  for (;;) {
    const gone = await eraseLeads(db, match.where);
    erased += gone;
    if (gone === 0) break;
  }
  await drizzle(db).delete(partialLeads).where(match.partials);
  return erased;
}
