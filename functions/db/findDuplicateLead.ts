import { and, desc, eq, gte, or, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { ContactColumns } from './contactColumns';
import { type Lead, leads } from './schema';

/**
 * The most recent clean lead of the form since `since` by the same person: the same normalised
 * email or phone. Spam and held leads are never merged into.
 */
export async function findDuplicateLead(
  db: D1Database,
  formSlug: string,
  contact: ContactColumns,
  since: Date,
): Promise<Lead | undefined> {
  const same: SQL[] = [];
  if (contact.contactEmail) same.push(eq(leads.contactEmail, contact.contactEmail));
  if (contact.contactPhone) same.push(eq(leads.contactPhone, contact.contactPhone));
  if (same.length === 0) return undefined;
  const [lead] = await drizzle(db)
    .select()
    .from(leads)
    .where(and(eq(leads.formSlug, formSlug), eq(leads.screening, 'clean'), gte(leads.createdAt, since), or(...same)))
    .orderBy(desc(leads.createdAt))
    .limit(1);
  return lead;
}
