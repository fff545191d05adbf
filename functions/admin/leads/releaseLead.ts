import { and, eq, ne } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leads } from '../../db/schema';
import { leadEvents } from '../../db/tables/adminTables';
import { downloadLink } from '../../downloads/downloadLink';
import { findForm, formOfFill } from '../../forms/findForm';
import { outboxInserts } from '../../outbox/queueDeliveries';

export type Release = { ok: true } | { ok: false; reason: 'lead_not_found' | 'unchanged' };

/**
 * The owner's "not spam": a lead screened as spam or held becomes a clean lead, and what a clean
 * lead gets on arrival (webhooks, the owner's email, the lead's reply with its download link) is
 * queued now, once, with its line in the lead's history.
 */
export async function releaseLead(env: Env, leadId: string, now: Date, origin: string): Promise<Release> {
  const orm = drizzle(env.DB);
  const [lead] = await orm.select().from(leads).where(eq(leads.id, leadId)).limit(1);
  if (!lead) return { ok: false, reason: 'lead_not_found' };
  if (lead.screening === 'clean') return { ok: false, reason: 'unchanged' };
  const current = await findForm(env, lead.formSlug);
  const form = current ? await formOfFill(env, current, lead.formVersion) : undefined;
  const released = { ...lead, screening: 'clean' as const, screeningReason: null };
  const download = form ? await downloadLink(env, form, lead.id, origin, now) : undefined;
  const why = lead.screeningReason ? `: ${lead.screeningReason}` : '';
  // Claimed first: of two clicks at once, only the one whose update changed the row queues anything.
  const claimed = await orm
    .update(leads)
    .set({ screening: 'clean', screeningReason: null })
    .where(and(eq(leads.id, leadId), ne(leads.screening, 'clean')))
    .returning({ id: leads.id });
  if (claimed.length === 0) return { ok: false, reason: 'unchanged' };
  const note = orm.insert(leadEvents).values({
    id: crypto.randomUUID(),
    leadId,
    kind: 'note',
    note: `Released as a real lead (it was ${lead.screening}${why}); its webhooks, emails and reply went out then.`,
    createdAt: now,
  });
  try {
    await orm.batch([
      note,
      ...(form ? outboxInserts(env, form, released, 'lead.created', now, { origin, download }) : []),
    ]);
  } catch (error) {
    // Nothing was queued: the lead goes back to where it was, to be released again.
    await orm
      .update(leads)
      .set({ screening: lead.screening, screeningReason: lead.screeningReason })
      .where(eq(leads.id, leadId));
    throw error;
  }
  return { ok: true };
}
