import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { contactOf } from '../../../src/engine/fields/contactOf';
import { evaluateResults, type Results } from '../../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../../src/engine/validation/types';
import { completePartialLeads } from '../../db/completePartialLeads';
import { contactColumns } from '../../db/contactColumns';
import { findDuplicateLead } from '../../db/findDuplicateLead';
import { findKeyedLead } from '../../db/findKeyedLead';
import { intakeKeys, type Lead } from '../../db/schema';
import type { Attribution, ScreeningStatus } from '../../db/tables/leadTypes';
import { downloadLink } from '../../downloads/downloadLink';
import { consentRecords } from './consentRecords';
import { idempotencyKeys } from './idempotencyKeys';
import { mergePlan } from './mergePlan';
import { type LeadIntake, saveNewLead, saveRepeat } from './saveLead';

/** What intake knows about a submission besides its answers. */
export interface SubmissionIntake {
  /** The client's Idempotency-Key; without one the answers' fingerprint stands in. */
  clientKey?: string | undefined;
  screening?: { status: ScreeningStatus; reason?: string | undefined };
  attribution?: Attribution | undefined;
  now?: Date;
  /** The site's address as the visitor reached it, for links in the reply and the owner's alerts. */
  origin?: string | undefined;
}

export interface Stored {
  id: string;
  /**
   * `created` a new lead; `updated` merged into the person's recent lead; `replayed` this
   * submission had already been stored (same key, or identical answers within the window).
   */
  event: 'created' | 'updated' | 'replayed';
  screening: ScreeningStatus;
  /** The stored lead's results: on a replay, those of the first submission, so every answer is the same. */
  results: Results;
}

/**
 * Stores valid answers once: a replay of a stored submission returns that lead; a clean
 * submission by the same person within the form's `duplicates` window joins their lead (what it
 * changes there is the form's `duplicates.update`, see mergePlan); anything
 * else is a new lead. The idempotency key is written in the lead's own batch, so when concurrent
 * posts race, one batch commits and the others fail and then find its key. Throws if D1 fails.
 */
export async function storeSubmission(
  env: Env,
  form: FormDefinition,
  answers: Answers,
  results: Results,
  intake: SubmissionIntake,
): Promise<Stored> {
  const db = env.DB;
  const now = intake.now ?? new Date();
  const screening = intake.screening ?? { status: 'clean' };
  const keys = await idempotencyKeys(form, answers, intake.clientKey, screening.status, now);
  const replay = (lead: Lead): Stored => ({
    id: lead.id,
    event: 'replayed',
    screening: lead.screening,
    results: evaluateResults(form, lead.answers),
  });
  const earlier = await findKeyedLead(db, form.slug, keys.lookup);
  if (earlier) return replay(earlier);

  const contact = contactColumns(contactOf(form, answers));
  const lead: LeadIntake = {
    columns: {
      screening: screening.status,
      screeningReason: screening.reason ?? null,
      attribution: intake.attribution ?? null,
      consent: await consentRecords(form, answers, now),
      ...contact,
    },
    alongside: (stored) => {
      const orm = drizzle(db);
      const key = orm
        .insert(intakeKeys)
        .values({ formSlug: form.slug, key: keys.store, leadId: stored.id, createdAt: now });
      return screening.status === 'clean' && form.partialLeads
        ? [key, completePartialLeads(orm, form.slug, contact, stored.id)]
        : [key];
    },
    links: async (leadId) => {
      const origin = intake.origin;
      return { origin, download: origin ? await downloadLink(env, form, leadId, origin, now) : undefined };
    },
  };
  try {
    const window = form.duplicates && screening.status === 'clean' ? form.duplicates.withinHours * 3_600_000 : 0;
    const duplicate =
      window > 0 ? await findDuplicateLead(db, form.slug, contact, new Date(now.getTime() - window)) : undefined;
    if (duplicate && form.duplicates) {
      const policy = form.duplicates.update;
      const plan = mergePlan(form, duplicate.answers, answers, policy);
      const repeat = { incoming: answers, answers: plan.answers, applied: plan.applied, policy };
      const merged = await saveRepeat(
        env,
        form,
        duplicate,
        { ...repeat, results: evaluateResults(form, plan.answers) },
        now,
        lead,
      );
      // The visitor sees the results of what they sent; the lead keeps the results of its own answers.
      return { id: merged.id, event: 'updated', screening: 'clean', results };
    }
    const id = await saveNewLead(env, form, answers, results, now, lead);
    return { id, event: 'created', screening: screening.status, results };
  } catch (error) {
    // Lost a race with a concurrent post of the same submission: its batch committed, ours rolled back.
    const winner = await findKeyedLead(db, form.slug, keys.lookup).catch(() => undefined);
    if (winner) return replay(winner);
    throw error;
  }
}
