import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { WebhookEvent } from '../../src/engine/webhooks/webhookSchema';
import type { Lead } from '../db/schema';

/**
 * The Standard Webhooks body: `{ type, timestamp, data }`, where data is the lead as stored
 * (answers typed, phones in E.164) with the Worker's own score, tier, outcome and figures.
 */
export function standardPayload(form: FormDefinition, lead: Lead, event: WebhookEvent, at: Date) {
  return {
    type: event,
    timestamp: at.toISOString(),
    data: {
      id: lead.id,
      form: { slug: form.slug, title: form.title, version: lead.formVersion },
      status: lead.status,
      createdAt: lead.createdAt.toISOString(),
      answers: lead.answers,
      score: lead.score,
      tier: lead.tier,
      outcome: lead.outcome,
      results: lead.results,
      /** Where the lead came from (first touch) and what the visitor consented to. */
      attribution: lead.attribution,
      consent: lead.consent,
      updatedAt: lead.updatedAt?.toISOString() ?? null,
    },
  };
}
