import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { partialLeads } from './schema';
import type { NewPartialLead } from './tables/intakeTables';

/**
 * Stores a partial lead, or updates the one with its id (a later beacon of the same fill) while it
 * belongs to the same form and is not completed; the first touch's attribution and creation stay.
 */
export async function upsertPartialLead(db: D1Database, partial: NewPartialLead): Promise<void> {
  await drizzle(db)
    .insert(partialLeads)
    .values(partial)
    .onConflictDoUpdate({
      target: partialLeads.id,
      set: {
        formVersion: partial.formVersion,
        answers: partial.answers,
        steps: partial.steps,
        contactEmail: partial.contactEmail,
        contactPhone: partial.contactPhone,
        consent: partial.consent,
        updatedAt: partial.updatedAt,
        expiresAt: partial.expiresAt,
      },
      setWhere: sql`${partialLeads.formSlug} = excluded.form_slug and ${partialLeads.completedLeadId} is null`,
    });
}
