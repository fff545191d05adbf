import type { FormDefinition } from './defineForm';

/** Parts of a definition that stay on the server: how leads are scored and where they are sent. */
export const SERVER_ONLY_KEYS: readonly string[] = ['scoring', 'webhooks', 'notify', 'retentionDays'];

/**
 * The definition as the browser receives it in the island's props: the page must not reveal
 * scoring rules, webhook endpoints or owner settings to every visitor.
 */
export function publicForm(form: FormDefinition): FormDefinition {
  return Object.fromEntries(Object.entries(form).filter(([key]) => !SERVER_ONLY_KEYS.includes(key))) as FormDefinition;
}
