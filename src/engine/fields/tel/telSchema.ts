import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const telSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('tel'),
  /** A country list before the number (default: the form's country, else the visitor's). */
  countryPicker: v.optional(v.boolean()),
});

export type TelField = v.InferOutput<typeof telSchema>;
