import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const numberSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('number'),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  step: v.optional(v.pipe(v.number(), v.gtValue(0, 'use a step above 0'))),
  /** A real default the input starts with (not a placeholder, which looks filled in but is not). */
  initial: v.optional(v.number()),
  /** Shown beside the input, e.g. "m²". */
  unit: v.optional(v.string()),
});

export type NumberField = v.InferOutput<typeof numberSchema>;
