import type { BatchItem } from 'drizzle-orm/batch';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Results } from '../../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../../src/engine/validation/types';
import { insertLead } from '../../db/insertLead';
import { mergeIntoLead, type RepeatRecord } from '../../db/mergeIntoLead';
import { resultColumns } from '../../db/resultColumns';
import type { Lead } from '../../db/schema';
import { type LeadLinks, outboxInserts } from '../../outbox/queueDeliveries';

/** What intake learnt besides the answers, and statements that must commit with the lead. */
export interface LeadIntake {
  columns?: Partial<
    Pick<Lead, 'screening' | 'screeningReason' | 'attribution' | 'consent' | 'contactEmail' | 'contactPhone'>
  >;
  /** Statements for the same batch, after the lead's own write (they may reference it). */
  alongside?: (lead: Lead) => BatchItem<'sqlite'>[];
  /** The site's address and the new lead's download link, for its reply and the owner's alerts. */
  links?: (leadId: string) => Promise<LeadLinks>;
}

/**
 * Stores a validated lead with the results the Worker computed and returns its id. The lead, what
 * intake adds and one outbox row per delivery `lead.created` owes go in one D1 batch: all or none.
 * A lead screened as spam or held gets no outbox rows. Throws if D1 does not confirm.
 */
export async function saveNewLead(
  env: Env,
  form: FormDefinition,
  answers: Answers,
  results: Results,
  now = new Date(),
  intake: LeadIntake = {},
): Promise<string> {
  const lead: Lead = {
    id: crypto.randomUUID(),
    formSlug: form.slug,
    formVersion: form.version,
    answers,
    status: 'new',
    ...resultColumns(results),
    createdAt: now,
    screening: 'clean',
    screeningReason: null,
    attribution: null,
    consent: null,
    contactEmail: null,
    contactPhone: null,
    updatedAt: null,
    firstContactAt: null,
    remindedAt: null,
    ...intake.columns,
  };
  const links = (await intake.links?.(lead.id)) ?? {};
  await insertLead(env.DB, lead, [
    ...(intake.alongside?.(lead) ?? []),
    ...outboxInserts(env, form, lead, 'lead.created', now, links),
  ]);
  return lead.id;
}

/** A repeat submission: the record of what it sent, and the lead's answers and results after it. */
export interface Repeat extends RepeatRecord {
  answers: Answers;
  results: Results;
}

/**
 * Joins a repeat submission to an existing lead: when something was taken (`applied`) the lead gets
 * the new answers and results and `lead.updated` is queued; the pipeline status, id and first-touch
 * attribution stay; consent given again is recorded with its new time. Returns the lead as it now is.
 */
export async function saveRepeat(
  env: Env,
  form: FormDefinition,
  existing: Lead,
  repeat: Repeat,
  now: Date,
  intake: LeadIntake = {},
): Promise<Lead> {
  const { columns = {} } = intake;
  const changed = repeat.applied.length > 0;
  const replacing = repeat.policy === 'replace';
  const consent = [
    ...(existing.consent ?? []).filter((old) => !(columns.consent ?? []).some((given) => given.field === old.field)),
    ...(columns.consent ?? []),
  ];
  const changes = {
    ...(changed && { formVersion: form.version, answers: repeat.answers, ...resultColumns(repeat.results) }),
    attribution: existing.attribution ?? columns.attribution ?? null,
    consent: consent.length > 0 ? consent : null,
    contactEmail: (replacing ? columns.contactEmail : existing.contactEmail) ?? existing.contactEmail ?? null,
    contactPhone: (replacing ? columns.contactPhone : existing.contactPhone) ?? existing.contactPhone ?? null,
    updatedAt: now,
  } satisfies Partial<Lead>;
  const lead: Lead = { ...existing, ...changes };
  await mergeIntoLead(env.DB, existing, changes, repeat, now, [
    ...(intake.alongside?.(lead) ?? []),
    ...(changed ? outboxInserts(env, form, lead, 'lead.updated', now) : []),
  ]);
  return lead;
}
