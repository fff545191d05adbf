import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { answerText } from '../../src/engine/fields/answerText';
import { contactOf } from '../../src/engine/fields/contactOf';
import { phoneDisplay } from '../../src/engine/validation/toE164';
import type { WebhookEvent } from '../../src/engine/webhooks/webhookSchema';
import type { Lead } from '../db/schema';

export interface LeadSummary {
  /** e.g. "New lead: Request a quote". */
  title: string;
  /** The answers under their labels, in the form's order, then score, tier and quiz outcome. */
  lines: { label: string; value: string }[];
  /** What the owner can act on at once: the lead's page, a call, a reply. */
  actions: { label: string; href: string }[];
}

/** A lead as people read it (chat messages, the owner's email): labels, option labels, yes/no. */
export function leadSummary(
  form: FormDefinition,
  lead: Lead,
  event: WebhookEvent,
  origin?: string | undefined,
): LeadSummary {
  const title =
    event === 'lead.created'
      ? `New lead: ${form.title}`
      : event === 'lead.reminder'
        ? `Still waiting for a reply: hot lead, ${form.title} (${waited(lead)})`
        : `Lead updated (${lead.status}): ${form.title}`;
  const lines = form.fields.flatMap((field) => {
    const answer = lead.answers[field.name];
    return answer === undefined || answer === '' ? [] : [{ label: field.label, value: answerText(field, answer) }];
  });
  if (lead.tier) lines.push({ label: 'Lead tier', value: `${lead.tier} (score ${lead.score ?? 0})` });
  if (lead.outcome) {
    const outcome = form.quiz?.outcomes.find((candidate) => candidate.id === lead.outcome);
    lines.push({ label: 'Quiz outcome', value: outcome?.title ?? lead.outcome });
  }
  const contact = contactOf(form, lead.answers);
  const actions = [
    ...(origin ? [{ label: 'Open the lead', href: `${origin}/admin/leads/${encodeURIComponent(lead.id)}/` }] : []),
    ...(contact.phone ? [{ label: `Call ${phoneDisplay(contact.phone)}`, href: `tel:${contact.phone}` }] : []),
    ...(contact.email
      ? [{ label: `Reply to ${contact.email}`, href: `mailto:${encodeURIComponent(contact.email)}` }]
      : []),
  ];
  return { title, lines, actions };
}

/** How long a lead had waited when it was reminded of, as a chat message or an email says it. */
function waited(lead: Lead): string {
  const until = lead.remindedAt ?? new Date();
  const minutes = Math.max(0, Math.round((until.getTime() - lead.createdAt.getTime()) / 60_000));
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
