import type { FormDefinition } from '../../../src/engine/definition/defineForm';

/** The export's columns: the lead's own, then every question and figure of the forms exported, each once. */
export function exportColumns(forms: readonly FormDefinition[]): { answers: string[]; computed: string[] } {
  const answers = new Set<string>();
  const computed = new Set<string>();
  for (const form of forms) {
    for (const field of form.fields) answers.add(field.name);
    for (const calculation of form.calculations) computed.add(calculation.name);
  }
  return { answers: [...answers], computed: [...computed] };
}
