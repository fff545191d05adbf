import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Lead } from '../db/schema';
import type { EmailPayload } from '../db/tables/outboxTables';
import { leadSummary } from '../webhooks/leadSummary';

/**
 * The owner's email about a new lead: the answers under their labels, replying to the visitor's
 * email answer. Built when the lead is stored and kept in the outbox, so every retry sends the same mail.
 */
export function ownerEmailFor(
  form: FormDefinition,
  lead: Lead,
  origin?: string,
  event: 'lead.created' | 'lead.updated' | 'lead.reminder' = 'lead.created',
): EmailPayload {
  const summary = leadSummary(form, lead, event, origin);
  const emailField = form.fields.find(
    (field) => field.kind === 'email' && typeof lead.answers[field.name] === 'string',
  );
  const replyTo = emailField ? String(lead.answers[emailField.name]) : undefined;
  const text = [
    ...summary.actions.map(({ label, href }) => `${label}: ${href}`),
    '',
    ...summary.lines.map(({ label, value }) => `${label}: ${value}`),
    '',
    `Lead id: ${lead.id}`,
  ].join('\n');
  return { to: 'owner', subject: summary.title, text, ...(replyTo && { replyTo }) };
}
