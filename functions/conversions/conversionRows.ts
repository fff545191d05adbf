import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import { CONVERSION_STATUSES } from '../../src/engine/conversions/conversionsSchema';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Lead, LeadStatus } from '../db/schema';
import { webhookOutbox } from '../db/tables/outboxTables';
import { hashedIdentifiers } from './hashedIdentifiers';
import { googleSecrets, metaSecrets } from './platformSecrets';

type Step = (typeof CONVERSION_STATUSES)[number];

/**
 * The outbox rows that tell the ad platforms a lead reached `status` (qualified or won): one per
 * connected platform that can match the lead (Meta: a hashed email or phone, or its Meta lead id;
 * Google: the ad click's gclid) and whose credentials are set, only if the lead ticked the form's
 * conversions consent. The row id
 * names the platform, the step and the lead, so a lead reaching the same step again sends nothing
 * new. Payloads hold hashes and ids only; secrets are added when sending (sendConversion.ts).
 */
export async function conversionRows(
  env: Env,
  form: FormDefinition,
  lead: Lead,
  status: LeadStatus,
  now: Date,
): Promise<BatchItem<'sqlite'>[]> {
  const conversions = form.conversions;
  if (!conversions || lead.screening !== 'clean') return [];
  if (!(CONVERSION_STATUSES as readonly string[]).includes(status)) return [];
  const step = status as Step;
  if (!(lead.consent ?? []).some((given) => given.field === conversions.consent)) return [];
  const orm = drizzle(env.DB);
  const row = (platform: string, payload: Record<string, unknown>) =>
    orm
      .insert(webhookOutbox)
      .values({
        id: `conv_${platform}_${step}_${lead.id}`,
        leadId: lead.id,
        formSlug: form.slug,
        endpoint: `conversion:${platform}`,
        event: 'lead.updated',
        channel: 'conversion',
        target: { url: `conversion:${platform}`, format: 'standard' },
        payload,
        firstScheduledAt: now,
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing();
  const rows: BatchItem<'sqlite'>[] = [];
  const attribution = lead.attribution ?? {};

  const meta = conversions.meta;
  const hashed = await hashedIdentifiers({ email: lead.contactEmail, phone: lead.contactPhone });
  const metaLeadId = attribution.platformLeadId;
  // A platform whose secret is not set yet is not sent to at all, rather than failing for a day.
  if (meta && metaSecrets(env, meta).ok && (hashed.em || hashed.ph || metaLeadId)) {
    const event = {
      event_name: meta.events[step],
      event_time: Math.floor(now.getTime() / 1000),
      action_source: 'system_generated',
      // Meta deduplicates by event id and name: a step sent twice counts once.
      event_id: lead.id,
      user_data: {
        ...(hashed.em && { em: [hashed.em] }),
        ...(hashed.ph && { ph: [hashed.ph] }),
        ...(metaLeadId && { lead_id: metaLeadId }),
      },
      custom_data: { event_source: 'crm', lead_event_source: 'Formwell' },
    };
    rows.push(
      row('meta', {
        platform: 'meta',
        pixelId: meta.pixelId,
        body: { data: [event], ...(meta.testEventCode && { test_event_code: meta.testEventCode }) },
      }),
    );
  }

  const google = conversions.google;
  const action = google?.actions[step];
  if (google && action && attribution.gclid && googleSecrets(env, google).ok) {
    rows.push(
      row('google', {
        platform: 'google',
        customerId: google.customerId,
        body: {
          conversions: [
            {
              gclid: attribution.gclid,
              conversionAction: `customers/${google.customerId}/conversionActions/${action}`,
              conversionDateTime: `${now.toISOString().slice(0, 19).replace('T', ' ')}+00:00`,
              orderId: `${lead.id}-${step}`,
            },
          ],
          partialFailure: true,
        },
      }),
    );
  }
  return rows;
}
