import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { nextStepFor } from '../../../src/engine/reply/nextStepFor';
import type { Receipt } from '../../../src/engine/reply/replySchema';
import type { Answers } from '../../../src/engine/validation/types';
import { downloadLink } from '../../downloads/downloadLink';
import type { Stored } from './storeSubmission';

export type { Receipt };

/** The receipt of a stored submission: signed for its lead, chosen by its tier. */
export async function receiptFor(
  env: Env,
  form: FormDefinition,
  stored: Stored,
  answers: Answers,
  origin: string,
  now: Date,
): Promise<Receipt> {
  const href = await downloadLink(env, form, stored.id, origin, now);
  return {
    next: nextStepFor(form, answers, stored.results.lead?.tier),
    download: href && form.download ? { label: form.download.label, href } : undefined,
  };
}
