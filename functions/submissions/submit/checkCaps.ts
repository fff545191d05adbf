import { INTAKE_LIMITS } from '../../../src/engine/definition/intakeLimits';
import type { RawInput } from '../../../src/engine/validation/types';

export type CapVerdict = { ok: true } | { ok: false; code: 'too_many_fields' | 'answer_too_long' };

/** Whether a submission stays within INTAKE_LIMITS: names, list items and characters per answer. */
export function checkCaps(input: RawInput): CapVerdict {
  const names = Object.keys(input);
  if (names.length > INTAKE_LIMITS.maxNames) return { ok: false, code: 'too_many_fields' };
  for (const name of names) {
    const value = input[name];
    const items = Array.isArray(value) ? value : [value];
    if (items.length > INTAKE_LIMITS.maxListItems) return { ok: false, code: 'too_many_fields' };
    if (items.some((item) => typeof item === 'string' && item.length > INTAKE_LIMITS.maxAnswerChars)) {
      return { ok: false, code: 'answer_too_long' };
    }
  }
  return { ok: true };
}
