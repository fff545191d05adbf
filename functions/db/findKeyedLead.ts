import { and, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { intakeKeys, type Lead, leads } from './schema';

/** The lead stored under any of these idempotency keys of the form, if one is. */
export async function findKeyedLead(db: D1Database, formSlug: string, keys: string[]): Promise<Lead | undefined> {
  const [row] = await drizzle(db)
    .select({ lead: leads })
    .from(intakeKeys)
    .innerJoin(leads, eq(leads.id, intakeKeys.leadId))
    .where(and(eq(intakeKeys.formSlug, formSlug), inArray(intakeKeys.key, keys)))
    .limit(1);
  return row?.lead;
}
