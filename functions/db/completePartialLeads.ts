import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import type { ContactColumns } from './contactColumns';
import { partialLeads } from './schema';

/**
 * Marks the person's open partial leads of the form as completed by this lead; for the batch that
 * stores the lead. A person without contact details matches nothing.
 */
export function completePartialLeads(
  orm: DrizzleD1Database,
  formSlug: string,
  contact: ContactColumns,
  leadId: string,
) {
  const same: SQL[] = [];
  if (contact.contactEmail) same.push(eq(partialLeads.contactEmail, contact.contactEmail));
  if (contact.contactPhone) same.push(eq(partialLeads.contactPhone, contact.contactPhone));
  return orm
    .update(partialLeads)
    .set({ completedLeadId: leadId })
    .where(
      and(
        eq(partialLeads.formSlug, formSlug),
        isNull(partialLeads.completedLeadId),
        same.length > 0 ? or(...same) : sql`0`,
      ),
    );
}
