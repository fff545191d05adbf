import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const rangeSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('range'),
  min: v.number(),
  max: v.number(),
  step: v.optional(v.pipe(v.number(), v.gtValue(0, 'use a step above 0')), 1),
  /** Where the slider starts; min when left out. */
  initial: v.optional(v.number()),
  unit: v.optional(v.string()),
});

export type RangeField = v.InferOutput<typeof rangeSchema>;
