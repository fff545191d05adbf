import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { templates } from '../../templates';

/** Every published form, in the order the owner sees them listed. */
export async function listForms(_env: Env): Promise<FormDefinition[]> {
  return [...templates.values()];
}
