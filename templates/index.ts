import type { FormDefinition } from '../src/engine/definition/defineForm';
import { quote } from './quote';

/** Every published form, by slug. */
export const templates: ReadonlyMap<string, FormDefinition> = new Map([quote].map((form) => [form.slug, form]));

export function findTemplate(slug: string): FormDefinition | undefined {
  return templates.get(slug);
}
