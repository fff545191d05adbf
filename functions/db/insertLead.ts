import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Results } from '../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../src/engine/validation/types';
import { outboxInserts } from '../outbox/queueDeliveries';
import { resultColumns } from './resultColumns';
import { type Lead, leads } from './schema';

/**
 * Stores a validated lead with the results the Worker computed, and returns its id. The lead and
 * one webhook outbox row per matching endpoint go in one D1 batch: both are stored or neither.
 * Throws if D1 does not confirm. `intake` adds what intake learnt (screening, attribution, consent,
 * contact) and statements that must commit with the lead (its idempotency key); a lead screened as
 * spam or held gets no outbox rows.
 */
export async function insertLead(
  db: D1Database,
  form: FormDefinition,
  answers: Answers,
  results: Results,
  now = new Date(),
  intake: LeadIntake = {},
): Promise<string> {
  const orm = drizzle(db);
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
    ...intake.columns,
  };
  const events = lead.screening === 'clean' ? outboxInserts(orm, form, lead, 'lead.created', now) : [];
  await orm.batch([orm.insert(leads).values(lead), ...(intake.alongside?.(lead) ?? []), ...events]);
  return lead.id;
}

export interface LeadIntake {
  columns?: Partial<
    Pick<Lead, 'screening' | 'screeningReason' | 'attribution' | 'consent' | 'contactEmail' | 'contactPhone'>
  >;
  /** Statements for the same batch, after the lead's insert (they may reference it). */
  alongside?: (lead: Lead) => BatchItem<'sqlite'>[];
}
