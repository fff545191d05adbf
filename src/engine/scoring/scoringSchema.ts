import * as v from 'valibot';
import { conditionSchema } from '../logic/conditionSchema';

export const TIERS = ['hot', 'warm', 'cold'] as const;
export const tierSchema = v.picklist(TIERS, 'use the tier "hot", "warm" or "cold"');
export type Tier = (typeof TIERS)[number];

/**
 * Lead scoring: every rule that holds adds its points (negative points subtract), and the total
 * maps to a tier: at least `hot` is hot, at least `warm` is warm, anything less is cold.
 */
export const scoringSchema = v.pipe(
  v.strictObject({
    rules: v.pipe(
      v.array(
        v.strictObject({
          /** Over answers and calculations, e.g. { field: "budget", equals: "over-10k" }. */
          when: conditionSchema,
          points: v.pipe(v.number(), v.integer('use whole points')),
          /** Why the points are given, shown to sales beside the score. */
          label: v.optional(v.string()),
        }),
      ),
      v.minLength(1, 'add at least one scoring rule'),
    ),
    hot: v.number(),
    warm: v.number(),
  }),
  v.check((s) => s.hot > s.warm, 'make the hot threshold higher than the warm one'),
);

export type Scoring = v.InferOutput<typeof scoringSchema>;
