import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { variantTestId } from '../../../src/engine/variants/variantTestId';
import { formTests } from '../../db/tables/adminTables';
import { errorCause } from '../../lib/errorCause';

/** Where a form's A/B test stands: running, or ended with the variant the owner kept. */
export interface TestState {
  testId: string;
  ended?: { winner: string; at: Date };
}

/**
 * The state of the form's test; undefined for a form without variants. One D1 read, only for forms
 * with a test. When D1 cannot answer, the test counts as running: a visitor still gets a page.
 */
export async function readTestState(db: D1Database, form: FormDefinition): Promise<TestState | undefined> {
  if (!form.variants) return undefined;
  const testId = variantTestId(form.variants);
  let row: { winner: string; endedAt: Date } | undefined;
  try {
    [row] = await drizzle(db)
      .select({ winner: formTests.winner, endedAt: formTests.endedAt })
      .from(formTests)
      .where(and(eq(formTests.formSlug, form.slug), eq(formTests.testId, testId)))
      .limit(1);
  } catch (error) {
    console.error('A/B test state not read', { form: form.slug, cause: errorCause(error) });
  }
  // A winner the variants no longer have (they were edited) cannot be served: the test is new.
  const ended = row;
  const kept = ended && form.variants.some((variant) => variant.id === ended.winner);
  return kept && ended ? { testId, ended: { winner: ended.winner, at: ended.endedAt } } : { testId };
}
