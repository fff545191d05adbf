import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const hiddenSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('hidden'),
  /** The URL query parameter that fills it; defaults to the field name. */
  fromQuery: v.optional(v.string()),
});

export type HiddenField = v.InferOutput<typeof hiddenSchema>;
