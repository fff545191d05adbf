import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const ratingSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('rating'),
  /** The top of the scale, from 3 to 10; ratings start at 1. */
  max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(10, 'use a scale of 3 to 10')), 5),
});

export type RatingField = v.InferOutput<typeof ratingSchema>;
