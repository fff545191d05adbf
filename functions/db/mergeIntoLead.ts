import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { DuplicateUpdate } from '../../src/engine/definition/intakeSchema';
import type { Answers } from '../../src/engine/validation/types';
import { type Lead, leadRevisions, leads } from './schema';

/** What a repeat submission sent, what was taken from it and under which policy: its revision's record. */
export interface RepeatRecord {
  incoming: Answers;
  applied: string[];
  policy: DuplicateUpdate;
}

/**
 * Writes a repeat submission into an existing lead in one D1 batch: a revision keeps the lead as it
 * was with what the repeat sent, the lead takes `changes`, and `alongside` (its key, its deliveries)
 * commits with them. Throws if D1 does not confirm.
 */
export async function mergeIntoLead(
  db: D1Database,
  existing: Lead,
  changes: Partial<Lead>,
  repeat: RepeatRecord,
  now: Date,
  alongside: BatchItem<'sqlite'>[] = [],
): Promise<void> {
  const orm = drizzle(db);
  await orm.batch([
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
    ...alongside,
  ]);
}
