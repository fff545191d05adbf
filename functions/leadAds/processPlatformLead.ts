import { and, eq, lte, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { type PlatformLead, platformLeads } from '../db/tables/leadAdsTables';
import type { Attribution } from '../db/tables/leadTypes';
import { findForm } from '../forms/findForm';
import { envText } from '../lib/envText';
import { errorCause } from '../lib/errorCause';
import { acceptSubmission } from '../submissions/submit/acceptSubmission';
import { afterLeadStored } from '../submissions/submit/afterLeadStored';
import { fetchMetaLead, type MetaLead } from './fetchMetaLead';
import { metaAnswers } from './metaAnswers';

/** Minutes before each retry of a lead the platform could not give yet; after the last, it waits for the owner. */
export const RETRY_MINUTES = [1, 5, 15, 60, 180, 360, 720, 1440] as const;
/** How long one attempt holds its row, so a cron sweep and a webhook never fetch the same lead at once. */
const LEASE_MS = 120_000;
/** A person who sent an ad's form and the web form is one lead: merged when the form sets no `duplicates` of its own. */
const PLATFORM_DUPLICATES = { withinHours: 24 * 30, update: 'merge' } as const;

export type Processed = 'stored' | 'retrying' | 'failed' | 'busy';

/**
 * One announced platform lead, taken through the web lead's own pipeline: its answers fetched from
 * the platform, mapped onto the form's fields, validated, scored, merged with the same person's web
 * lead by email or phone, consent recorded, stored with its ad's ids, then the form's webhooks, owner
 * email and reply. Claimed first, so concurrent runs process it once. Never throws.
 */
export async function processPlatformLead(env: Env, id: string, now = new Date()): Promise<Processed> {
  const orm = drizzle(env.DB);
  // The lease runs from the wall clock: a late lead of a slow cron run must not get one already over.
  const leaseUntil = new Date(Math.max(now.getTime(), Date.now()) + LEASE_MS);
  const [row] = await orm
    .update(platformLeads)
    .set({ attempts: sql`${platformLeads.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(and(eq(platformLeads.id, id), eq(platformLeads.state, 'pending'), lte(platformLeads.nextAttemptAt, now)))
    .returning();
  if (!row) return 'busy';
  try {
    return await attempt(env, row, now);
  } catch (error) {
    console.error('platform lead not processed', { id, cause: errorCause(error) });
    return settle(env, row, now, { retry: true, error: 'Formwell could not finish this lead; it is tried again.' });
  }
}

async function attempt(env: Env, row: PlatformLead, now: Date): Promise<Processed> {
  const form = await findForm(env, row.formSlug);
  const meta = form?.leadAds?.meta;
  if (!form || !meta) {
    return settle(env, row, now, { retry: false, error: `The form "${row.formSlug}" no longer takes Meta leads.` });
  }
  const fetched = await fetchMetaLead(env, meta, row.externalId);
  if (!fetched.ok) return settle(env, row, now, fetched);
  const lead = fetched.lead;
  const intakeForm: FormDefinition = form.duplicates ? form : { ...form, duplicates: PLATFORM_DUPLICATES };
  const accepted = await acceptSubmission(
    env,
    intakeForm,
    metaAnswers(form, meta, lead),
    {},
    {
      // With a space, which no client's Idempotency-Key can hold: no web post can claim this key.
      clientKey: `platform ${row.id}`,
      screening: { status: 'clean' },
      attribution: metaAttribution(lead, row, now),
      now,
      origin: envText(env, 'SITE_URL'),
    },
  );
  if (accepted.outcome === 'unavailable') {
    return settle(env, row, now, { retry: true, error: 'D1 did not confirm storing the lead.' });
  }
  if (accepted.outcome === 'invalid') {
    const problems = Object.entries(accepted.errors).map(([field, message]) => `${field}: ${message}`);
    return settle(env, row, now, {
      retry: false,
      error: `The lead’s answers do not fit the form (${problems.join(' ')}). Check leadAds.meta.fields, then retry.`,
    });
  }
  await drizzle(env.DB)
    .update(platformLeads)
    .set({ state: 'stored', leadId: accepted.id, storedAt: now, lastError: null })
    .where(eq(platformLeads.id, row.id));
  if (accepted.event !== 'replayed') await afterLeadStored(env, accepted.id);
  return 'stored';
}

/** Where the lead came from, as the inbox, the funnel's campaigns and webhooks read it. */
function metaAttribution(lead: MetaLead, row: PlatformLead, now: Date): Attribution {
  const ids = row.ids;
  const campaignId = lead.campaign_id ?? ids.campaignId;
  const created = lead.created_time ? new Date(Date.parse(lead.created_time)) : now;
  const attribution: Attribution = {
    utm_source: 'meta-lead-ads',
    utm_medium: 'lead-ad',
    platformLeadId: lead.id,
    firstSeenAt: (Number.isNaN(created.getTime()) ? now : created).toISOString(),
  };
  const more = {
    utm_campaign: campaignId,
    campaignId,
    adId: lead.ad_id ?? ids.adId,
    adsetId: lead.adset_id ?? ids.adsetId,
    leadFormId: lead.form_id ?? ids.leadFormId,
  };
  for (const [key, value] of Object.entries(more)) if (value) attribution[key as keyof typeof more] = value;
  return attribution;
}

/** Records a failed attempt: retried later while worth it and attempts remain, else left for the owner. */
async function settle(
  env: Env,
  row: PlatformLead,
  now: Date,
  outcome: { retry: boolean; error: string },
): Promise<Processed> {
  const delay = RETRY_MINUTES[row.attempts - 1];
  const retrying = outcome.retry && delay !== undefined;
  await drizzle(env.DB)
    .update(platformLeads)
    .set({
      state: retrying ? 'pending' : 'failed',
      lastError: outcome.error,
      nextAttemptAt: new Date(now.getTime() + (delay ?? 0) * 60_000),
    })
    .where(eq(platformLeads.id, row.id));
  return retrying ? 'retrying' : 'failed';
}
