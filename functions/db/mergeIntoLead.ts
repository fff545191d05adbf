import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { DuplicateUpdate } from '../../src/engine/definition/intakeSchema';
import type { Results } from '../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../src/engine/validation/types';
import { outboxInserts } from '../outbox/queueDeliveries';
import type { LeadIntake } from './insertLead';
import { resultColumns } from './resultColumns';
import { type Lead, leadRevisions, leads } from './schema';

export interface Repeat {
  /** What the repeat submission sent. */
  incoming: Answers;
  /** The lead's answers after it, and their results. */
  answers: Answers;
  results: Results;
  /** The fields taken from it; none means the lead's answers stay as they were. */
  applied: string[];
  policy: DuplicateUpdate;
}

/**
 * Joins a repeat submission to an existing lead in one D1 batch: a revision records the lead's
 * answers before it, what it sent and what was taken; when something was taken the lead gets the new
 * answers and results and `lead.updated` is queued. The pipeline status, id and first-touch
 * attribution stay. Returns the lead as it now is; throws if D1 does not confirm.
 */
export async function mergeIntoLead(
  db: D1Database,
  form: FormDefinition,
  existing: Lead,
  repeat: Repeat,
  now: Date,
  intake: LeadIntake = {},
): Promise<Lead> {
  const orm = drizzle(db);
  const { columns = {} } = intake;
  const changed = repeat.applied.length > 0;
  const replacing = repeat.policy === 'replace';
  // Consent given again (or newly) is recorded with its new time; consent given before stays.
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
  const statements: BatchItem<'sqlite'>[] = [
    orm.insert(leadRevisions).values({
      id: crypto.randomUUID(),
      leadId: existing.id,
      formVersion: existing.formVersion,
      answers: existing.answers,
      results: existing.results,
      score: existing.score,
      tier: existing.tier,
      outcome: existing.outcome,
      attribution: existing.attribution,
      consent: existing.consent,
      incoming: repeat.incoming,
      applied: repeat.applied,
      policy: repeat.policy,
      submittedAt: existing.updatedAt ?? existing.createdAt,
      replacedAt: now,
    }),
    orm.update(leads).set(changes).where(eq(leads.id, existing.id)),
    ...(intake.alongside?.(lead) ?? []),
    ...(changed ? outboxInserts(orm, form, lead, 'lead.updated', now) : []),
  ];
  const [first, ...rest] = statements;
  if (first) await orm.batch([first, ...rest]);
  return lead;
}
