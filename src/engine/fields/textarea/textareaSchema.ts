import * as v from 'valibot';
import { count, fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const textareaSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('textarea'),
  minLength: v.optional(count),
  maxLength: v.optional(count),
});

export type TextareaField = v.InferOutput<typeof textareaSchema>;
