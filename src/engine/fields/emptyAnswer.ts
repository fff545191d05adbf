import type { Reading } from './kindRules';

/** An answer left empty: fine (nothing stored) unless the field is required, then this message. */
export function emptyAnswer(field: { required: boolean }, message: string): Reading {
  return field.required ? { ok: false, message } : { ok: true };
}
