import { drizzle } from 'drizzle-orm/d1';
import { overwrittenPartialLead } from '../../db/overwritten';
import { partialLeads } from '../../db/schema';
import { eraseLeads, oneOf } from './eraseLeads';
import type { PersonMatch } from './personConditions';

/**
 * Erases every lead of one person and every copy of their data, and their unfinished fills, each
 * value overwritten before its row goes; returns how many leads were erased.
 */
export async function erasePerson(db: D1Database, match: PersonMatch & { ok: true }): Promise<number> {
  let erased = 0;
  for (;;) {
    const gone = await eraseLeads(db, match.where);
    erased += gone;
    if (gone === 0) break;
  }
  const orm = drizzle(db);
  // The condition reads the contact columns, so the rows are picked before those are overwritten.
  const ids = (await orm.select({ id: partialLeads.id }).from(partialLeads).where(match.partials)).map((row) => row.id);
  if (ids.length > 0) {
    const mine = oneOf(partialLeads.id, ids);
    await orm.batch([
      orm.update(partialLeads).set(overwrittenPartialLead()).where(mine),
      orm.delete(partialLeads).where(mine),
    ]);
  }
  return erased;
}
