import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { findTemplate } from '../../templates';

/** The published form at a slug, wherever it is kept; undefined when there is none. */
export async function findForm(_env: Env, slug: string): Promise<FormDefinition | undefined> {
  return findTemplate(slug);
}
