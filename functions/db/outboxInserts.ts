import type { BatchItem } from 'drizzle-orm/batch';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { WebhookEvent } from '../../src/engine/definition/webhookSchema';
import { endpointsFor } from '../webhooks/endpointsFor';
import { webhookPayload } from '../webhooks/webhookPayload';
import type { Lead } from './schema';
import { webhookOutbox } from './webhookTables';

/**
 * The outbox rows for one lead event: one per endpoint that takes it. Run them in the same
 * `db.batch` as the write that caused the event, so the lead and its deliveries stand or fall together.
 * Each row is due at once (`now`); its id is the webhook-id receivers deduplicate by.
 */
export function outboxInserts(
  orm: DrizzleD1Database,
  form: FormDefinition,
  lead: Lead,
  event: WebhookEvent,
  now: Date,
): BatchItem<'sqlite'>[] {
  // A marketing endpoint (requiresConsent) only hears of leads that ticked that consent box.
  const consented = (field: string | undefined) =>
    !field || (lead.consent ?? []).some((given) => given.field === field);
  // One statement per row: D1 binds at most 100 parameters per statement.
  return endpointsFor(form, event, lead.tier)
    .filter((endpoint) => consented(endpoint.requiresConsent))
    .map((endpoint) =>
      orm.insert(webhookOutbox).values({
        id: `msg_${crypto.randomUUID().replaceAll('-', '')}`,
        leadId: lead.id,
        formSlug: form.slug,
        endpoint: endpoint.id,
        event,
        target: { url: endpoint.url, format: endpoint.format, ...(endpoint.secret && { secret: endpoint.secret }) },
        payload: webhookPayload(form, lead, event, endpoint.format, now),
        firstScheduledAt: now,
        nextAttemptAt: now,
        createdAt: now,
      }),
    );
}
