import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { WebhookEvent, WebhookFormat } from '../../src/engine/webhooks/webhookSchema';
import type { Lead } from '../db/schema';
import { discordPayload } from './discordPayload';
import { leadSummary } from './leadSummary';
import { slackPayload } from './slackPayload';
import { standardPayload } from './standardPayload';

/** The JSON body an endpoint of this format receives for a lead event; stored in the outbox as is. */
export function webhookPayload(
  form: FormDefinition,
  lead: Lead,
  event: WebhookEvent,
  format: WebhookFormat,
  at: Date,
  origin?: string | undefined,
): Record<string, unknown> {
  switch (format) {
    case 'standard':
      return standardPayload(form, lead, event, at);
    case 'slack':
      return slackPayload(leadSummary(form, lead, event, origin), lead.id);
    case 'discord':
      return discordPayload(leadSummary(form, lead, event, origin), lead.id, at);
  }
}
