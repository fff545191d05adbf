import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { templates } from '../../templates';
import { listStudioForms } from './studioForms';

/** Every published form, in the order the owner sees them listed: the templates, then the studio's. */
export async function listForms(env: Env): Promise<FormDefinition[]> {
  return [...templates.values(), ...(await listStudioForms(env.DB))];
}
