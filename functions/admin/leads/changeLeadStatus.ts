import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { conversionRows } from '../../conversions/conversionRows';
import { type LeadStatus, leads } from '../../db/schema';
import { leadEvents } from '../../db/tables/adminTables';
import { findForm } from '../../forms/findForm';
import { outboxInserts } from '../../outbox/queueDeliveries';

export type StatusChange =
  | { ok: true; from: LeadStatus; to: LeadStatus }
  | { ok: false; reason: 'lead_not_found' | 'unchanged' };

/**
 * Moves a lead through the pipeline: the new status, its record in the history and the
 * `lead.updated` deliveries to the form's endpoints (and, for qualified or won, the ad platforms'
 * conversions) are written in one D1 batch, so none exists without the others.
 */
export async function changeLeadStatus(env: Env, leadId: string, to: LeadStatus, now: Date): Promise<StatusChange> {
  const orm = drizzle(env.DB);
  const [lead] = await orm.select().from(leads).where(eq(leads.id, leadId)).limit(1);
  if (!lead) return { ok: false, reason: 'lead_not_found' };
  if (lead.status === to) return { ok: false, reason: 'unchanged' };
  const form = await findForm(env, lead.formSlug);
  const conversions = form ? await conversionRows(env, form, lead, to, now) : [];
  await orm.batch([
    // The first move away from "new" is when the lead was answered: speed to lead is measured from it.
    orm
      .update(leads)
      .set({ status: to, ...(lead.status === 'new' && !lead.firstContactAt && { firstContactAt: now }) })
      .where(eq(leads.id, leadId)),
    orm.insert(leadEvents).values({
      id: crypto.randomUUID(),
      leadId,
      kind: 'status',
      fromStatus: lead.status,
      toStatus: to,
      createdAt: now,
    }),
    ...(form ? outboxInserts(env, form, { ...lead, status: to }, 'lead.updated', now) : []),
    ...conversions,
  ]);
  return { ok: true, from: lead.status, to };
}
