import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leads } from '../../db/schema';
import { leadEvents } from '../../db/tables/adminTables';
import { findForm } from '../../forms/findForm';
import { outboxInserts } from '../../outbox/queueDeliveries';

/** The longest note kept, in characters. */
export const MAX_NOTE_LENGTH = 5000;

export type NoteAdded = { ok: true; id: string } | { ok: false; reason: 'lead_not_found' | 'empty' | 'too_long' };

/** Adds a note to a lead's history and queues `lead.updated` to the form's endpoints, in one D1 batch. */
export async function addLeadNote(env: Env, leadId: string, text: string, now: Date): Promise<NoteAdded> {
  const note = text.trim();
  if (note === '') return { ok: false, reason: 'empty' };
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: 'too_long' };
  const orm = drizzle(env.DB);
  const [lead] = await orm.select().from(leads).where(eq(leads.id, leadId)).limit(1);
  if (!lead) return { ok: false, reason: 'lead_not_found' };
  const form = await findForm(env, lead.formSlug);
  const id = crypto.randomUUID();
  await orm.batch([
    orm.insert(leadEvents).values({ id, leadId, kind: 'note', note, createdAt: now }),
    ...(form ? outboxInserts(env, form, lead, 'lead.updated', now) : []),
  ]);
  return { ok: true, id };
}
