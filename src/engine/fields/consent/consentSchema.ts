import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const consentSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('consent'),
  /** The exact wording the visitor agrees to; stored leads keep its version. */
  text: v.pipe(v.string(), v.minLength(1, 'write the consent text')),
  version: v.pipe(v.string(), v.minLength(1, 'give the consent text a version')),
});

export type ConsentField = v.InferOutput<typeof consentSchema>;
