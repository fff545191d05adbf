/**
 * Caps on what one submission may carry, beyond the 64 KiB body cap: the Worker refuses more
 * before validating, and no text field may be defined longer than an answer can be.
 */
export const INTAKE_LIMITS = {
  /** Distinct names in one submission: every field of the largest form, its controls, and room to spare. */
  maxNames: 100,
  /** Values under one name (ticked checkboxes). */
  maxListItems: 100,
  /** Characters in one answer. */
  maxAnswerChars: 10_000,
} as const;
