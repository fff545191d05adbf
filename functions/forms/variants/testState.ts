import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { variantTestId } from '../../../src/engine/variants/variantTestId';
import { formTests } from '../../db/tables/adminTables';

/** Where a form's A/B test stands: running, or ended with the variant the owner kept. */
export interface TestState {
  testId: string;
  ended?: { winner: string; at: Date };
}

/** The state of the form's test; undefined for a form without variants. One D1 read, only for forms with a test. */
export async function readTestState(db: D1Database, form: FormDefinition): Promise<TestState | undefined> {
  if (!form.variants) return undefined;
  const testId = variantTestId(form.variants);
  const [row] = await drizzle(db)
    .select({ winner: formTests.winner, endedAt: formTests.endedAt })
    .from(formTests)
    .where(and(eq(formTests.formSlug, form.slug), eq(formTests.testId, testId)))
    .limit(1);
  // A winner the variants no longer have (they were edited) cannot be served: the test is new.
  const kept = row && form.variants.some((variant) => variant.id === row.winner);
  return kept ? { testId, ended: { winner: row.winner, at: row.endedAt } } : { testId };
}
