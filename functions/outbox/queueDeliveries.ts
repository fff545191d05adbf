import { sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { replyMessage } from '../../src/engine/reply/replyMessage';
import { evaluateResults } from '../../src/engine/scoring/evaluateResults';
import type { WebhookEvent } from '../../src/engine/webhooks/webhookSchema';
import type { Lead } from '../db/schema';
import { type EmailPayload, webhookOutbox } from '../db/tables/outboxTables';
import { envText } from '../lib/envText';
import { ownerEmailFor } from '../notify/ownerEmailFor';
import { leadEmailConfigured } from '../notify/sendLeadEmail';
import { webhookPayload } from '../webhooks/webhookPayload';
import { endpointsFor } from './endpointsFor';

/** The outbox endpoint of the owner's email; webhook ids cannot contain ":", so it never clashes. */
export const OWNER_EMAIL_ENDPOINT = 'email:owner';
/** The outbox endpoint of the lead's own reply. */
export const REPLY_ENDPOINT = 'email:reply';

/** What only the request that stored the lead knows: the site's address and the lead's download link. */
export interface LeadLinks {
  origin?: string | undefined;
  download?: string | undefined;
}

/**
 * The outbox rows for one lead event: one per endpoint that takes it and, for a new lead of a form
 * that asks, the owner's email. Run them in the same `db.batch` as the write that caused the event,
 * so the lead and its deliveries stand or fall together. Nothing about a spam or held lead is queued.
 * Each row is due at once (`now`); its id is the webhook-id receivers deduplicate by, and its
 * sequence follows the lead's earlier events to the same endpoint.
 */
export function outboxInserts(
  env: Env,
  form: FormDefinition,
  lead: Lead,
  event: WebhookEvent,
  now: Date,
  links: LeadLinks = {},
): BatchItem<'sqlite'>[] {
  if (lead.screening !== 'clean') return [];
  const orm = drizzle(env.DB);
  // A marketing endpoint (requiresConsent) only hears of leads that ticked that consent box.
  const consented = (field: string | undefined) =>
    !field || (lead.consent ?? []).some((given) => given.field === field);
  const next = (endpoint: string) =>
    sql<number>`(select coalesce(max(${webhookOutbox.seq}), 0) + 1 from ${webhookOutbox} where ${webhookOutbox.leadId} = ${lead.id} and ${webhookOutbox.endpoint} = ${endpoint})`;
  const row = (endpoint: string) => ({
    id: `msg_${crypto.randomUUID().replaceAll('-', '')}`,
    leadId: lead.id,
    formSlug: form.slug,
    endpoint,
    event,
    seq: next(endpoint),
    firstScheduledAt: now,
    nextAttemptAt: now,
    createdAt: now,
  });
  // One statement per row: D1 binds at most 100 parameters per statement.
  const webhooks = endpointsFor(env, form, event, lead.tier)
    .filter((endpoint) => consented(endpoint.requiresConsent))
    .map((endpoint) => {
      const payload = webhookPayload(form, lead, event, endpoint.format, now, links.origin);
      return orm.insert(webhookOutbox).values({
        ...row(endpoint.id),
        channel: 'webhook',
        target: { url: endpoint.url, format: endpoint.format, ...(endpoint.secret && { secret: endpoint.secret }) },
        // The sequence is known only inside the insert; Standard Webhooks receivers get it as data.sequence.
        payload:
          endpoint.format === 'standard'
            ? sql`json_set(${JSON.stringify(payload)}, '$.data.sequence', ${next(endpoint.id)})`
            : payload,
      });
    });
  const email =
    (event === 'lead.created' || event === 'lead.reminder') && form.notify?.email && ownerEmailConfigured(env)
      ? [
          orm.insert(webhookOutbox).values({
            ...row(OWNER_EMAIL_ENDPOINT),
            channel: 'email',
            target: { url: { env: 'OWNER_EMAIL_TO' }, format: 'standard' },
            payload: { ...ownerEmailFor(form, lead, links.origin, event) },
          }),
        ]
      : [];
  // The lead's reply: only for a new lead (a merge or an update never sends a second one).
  const message =
    event === 'lead.created' && form.reply && leadEmailConfigured(env)
      ? replyMessage(form, lead.answers, evaluateResults(form, lead.answers), links)
      : undefined;
  const reply = message
    ? [
        orm.insert(webhookOutbox).values({
          ...row(REPLY_ENDPOINT),
          channel: 'email',
          target: { url: { env: 'REPLY_FROM' }, format: 'standard' },
          payload: {
            to: 'lead',
            address: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            ...(message.calendar && { calendar: message.calendar }),
          } satisfies EmailPayload,
        }),
      ]
    : [];
  return [...reply, ...webhooks, ...email];
}

/** Owner email is queued only while there is somewhere to send it: a form that asks for it sends nothing otherwise. */
function ownerEmailConfigured(env: Env): boolean {
  return Boolean(env.OWNER_EMAIL) && !!envText(env, 'OWNER_EMAIL_TO') && !!envText(env, 'OWNER_EMAIL_FROM');
}
