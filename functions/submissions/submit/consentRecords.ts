import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Answers } from '../../../src/engine/validation/types';
import type { ConsentRecord } from '../../db/tables/leadTypes';
import { sha256Hex } from '../../lib/sha256Hex';

/**
 * What the visitor agreed to, for the stored lead: each ticked consent field with its text's
 * version and hash and the UTC time. Only a `true` answer counts; validation has already refused
 * anything else on a required box, and a box is never ticked unless the visitor ticked it.
 */
export async function consentRecords(form: FormDefinition, answers: Answers, now: Date): Promise<ConsentRecord[]> {
  const records: ConsentRecord[] = [];
  for (const field of form.fields) {
    if (field.kind !== 'consent' || answers[field.name] !== true) continue;
    records.push({
      field: field.name,
      version: field.version,
      textHash: await sha256Hex(field.text),
      givenAt: now.toISOString(),
    });
  }
  return records;
}
