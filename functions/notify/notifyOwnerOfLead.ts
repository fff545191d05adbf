import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { leads } from '../db/schema';
import { leadSummary } from '../webhooks/leadSummary';
import { type OwnerEmailResult, sendOwnerEmail } from './sendOwnerEmail';

/**
 * Emails the owner about a new lead when the form asks for it (`notify: { email: true }`): the
 * answers under their labels, replying to the visitor's email answer. Leads screened as spam or
 * held are not mailed. Never throws.
 */
export async function notifyOwnerOfLead(env: Env, form: FormDefinition, leadId: string): Promise<OwnerEmailResult> {
  if (!form.notify?.email) return { sent: false, reason: `Form ${form.slug} does not ask for owner emails.` };
  let lead: typeof leads.$inferSelect | undefined;
  try {
    [lead] = await drizzle(env.DB).select().from(leads).where(eq(leads.id, leadId)).limit(1);
  } catch (error) {
    console.error('owner email not sent: lead unreadable', { leadId, cause: String(error).split('\n')[0] });
    return { sent: false, reason: 'The lead could not be read from D1.' };
  }
  if (!lead) return { sent: false, reason: `There is no lead ${leadId}.` };
  if (lead.screening !== 'clean') return { sent: false, reason: `Lead ${leadId} was screened as ${lead.screening}.` };
  // A repeat submission updates the person's earlier lead rather than adding one.
  const summary = leadSummary(form, lead, lead.updatedAt ? 'lead.updated' : 'lead.created');
  const emailField = form.fields.find(
    (field) => field.kind === 'email' && typeof lead.answers[field.name] === 'string',
  );
  const replyTo = emailField ? String(lead.answers[emailField.name]) : undefined;
  const text = [...summary.lines.map(({ label, value }) => `${label}: ${value}`), '', `Lead id: ${lead.id}`].join('\n');
  return sendOwnerEmail(env, { subject: summary.title, text, ...(replyTo && { replyTo }) });
}
