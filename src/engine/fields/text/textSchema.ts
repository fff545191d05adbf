import * as v from 'valibot';
import { count, fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const textSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('text'),
  minLength: v.optional(count),
  maxLength: v.optional(count),
  /** A regular expression (Unicode) the whole answer must match. */
  pattern: v.optional(v.string()),
  patternMessage: v.optional(v.string()),
  /** The autofill token, e.g. "name" or "organization". */
  autocomplete: v.optional(v.string()),
});

export type TextField = v.InferOutput<typeof textSchema>;
