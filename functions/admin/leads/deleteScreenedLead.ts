import { sql } from 'drizzle-orm';
import { leads } from '../../db/schema';
import { eraseLeads } from '../privacy/eraseLeads';

export type ScreenedDeletion = { ok: true } | { ok: false; reason: 'lead_not_found' | 'lead_not_screened' };

/**
 * "Delete" in the spam review: erases a lead intake caught as spam or held, with everything that
 * copies it. A clean lead is a person's data and goes through Privacy instead, so it is refused here.
 */
export async function deleteScreenedLead(db: D1Database, id: string): Promise<ScreenedDeletion> {
  const erased = await eraseLeads(db, sql`${leads.id} = ${id} and ${leads.screening} <> 'clean'`);
  if (erased > 0) return { ok: true };
  const still = await db.prepare('select screening from leads where id = ?').bind(id).first<{ screening: string }>();
  return { ok: false, reason: still ? 'lead_not_screened' : 'lead_not_found' };
}
