import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Answers } from '../../../src/engine/validation/types';
import { sha256Hex } from '../../lib/sha256Hex';

/** How long an identical submission without an idempotency key still counts as the same one. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export interface IdempotencyKeys {
  /** The key this submission is stored under. */
  store: string;
  /** Keys that, if already stored, mean this submission was already made. */
  lookup: string[];
}

/**
 * The keys of a submission. With the client's key it is that key alone. Without one (no
 * JavaScript, or an API client that sends none), it is a fingerprint of the form version and the
 * validated answers in REPEAT_WINDOW_MS buckets: this bucket and the one before are looked up, so an
 * identical repeat within the window is recognised (and after twice the window never is). The
 * screening is part of it: a person's clean post is never taken for a bot's identical spam.
 */
export async function idempotencyKeys(
  form: FormDefinition,
  answers: Answers,
  clientKey: string | undefined,
  screening: string,
  now: Date,
): Promise<IdempotencyKeys> {
  if (clientKey !== undefined) return { store: `key:${clientKey}`, lookup: [`key:${clientKey}`] };
  // validateAnswers builds answers in the form's field order, so equal answers serialise equally.
  const fingerprint = await sha256Hex(JSON.stringify([form.slug, form.version, screening, answers]));
  const bucket = Math.floor(now.getTime() / REPEAT_WINDOW_MS);
  return {
    store: `fp:${fingerprint}:${bucket}`,
    lookup: [`fp:${fingerprint}:${bucket}`, `fp:${fingerprint}:${bucket - 1}`],
  };
}
