import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Results } from '../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../src/engine/validation/types';
import type { LeadIntake } from './insertLead';
import { outboxInserts } from './outboxInserts';
import { resultColumns } from './resultColumns';
import { type Lead, leadRevisions, leads } from './schema';

/**
 * Updates an existing lead with a repeat submission's answers in one D1 batch: the answers it
 * replaces go to lead_revisions, the lead takes the new answers and results, and `lead.updated`
 * is queued for the endpoints that take it. The pipeline status, id and first-touch attribution
 * stay. Returns the lead as it now is; throws if D1 does not confirm.
 */
export async function mergeIntoLead(
  db: D1Database,
  form: FormDefinition,
  existing: Lead,
  answers: Answers,
  results: Results,
  now: Date,
  intake: LeadIntake = {},
): Promise<Lead> {
  const orm = drizzle(db);
  const { columns = {} } = intake;
  const changes = {
    formVersion: form.version,
    answers,
    ...resultColumns(results),
    attribution: existing.attribution ?? columns.attribution ?? null,
    consent: columns.consent ?? existing.consent,
    contactEmail: columns.contactEmail ?? existing.contactEmail,
    contactPhone: columns.contactPhone ?? existing.contactPhone,
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
      submittedAt: existing.updatedAt ?? existing.createdAt,
      replacedAt: now,
    }),
    orm.update(leads).set(changes).where(eq(leads.id, existing.id)),
    ...(intake.alongside?.(lead) ?? []),
    ...outboxInserts(orm, form, lead, 'lead.updated', now),
  ];
  const [first, ...rest] = statements;
  if (first) await orm.batch([first, ...rest]);
  return lead;
}
