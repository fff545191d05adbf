import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { readTestState } from './testState';

/** The variant a page showed and whether what it sends counts towards the running test. */
export interface Shown {
  id: string;
  inTest: boolean;
}

/**
 * The variant whose page sent a beacon or a post, as that page says (`_ab` in a post, `v` in a
 * beacon; it is baked into each variant's built page), checked against the form's variants. After
 * the owner ended the test every page is the winner's and nothing counts towards the test.
 */
export async function shownVariant(db: D1Database, form: FormDefinition, claimed: unknown): Promise<Shown | undefined> {
  if (!form.variants || typeof claimed !== 'string') return undefined;
  const variant = form.variants.find((candidate) => candidate.id === claimed);
  if (!variant) return undefined;
  const state = await readTestState(db, form);
  if (state?.ended) return { id: state.ended.winner, inTest: false };
  return { id: variant.id, inTest: true };
}
