import { and, eq, gt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { partialLeads } from './schema';
import type { PartialLead } from './tables/intakeTables';

/** The form's unexpired partial lead with this id, if there is one. */
export async function readPartialLead(
  db: D1Database,
  formSlug: string,
  id: string,
  now: Date,
): Promise<PartialLead | undefined> {
  const [partial] = await drizzle(db)
    .select()
    .from(partialLeads)
    .where(and(eq(partialLeads.id, id), eq(partialLeads.formSlug, formSlug), gt(partialLeads.expiresAt, now)))
    .limit(1);
  return partial;
}
