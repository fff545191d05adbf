import * as v from 'valibot';
import { numberFormatSchema } from '../formulas/numberFormatSchema';

/**
 * A number computed from the answers, e.g. an estimate or a monthly payment. The island shows
 * it live; the Worker computes it again from the validated answers and stores its own result.
 */
export const calculationSchema = v.strictObject({
  name: v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9_]{0,47}$/, 'use lower-case letters, digits and "_" and start with a letter'),
  ),
  label: v.pipe(v.string(), v.minLength(1, 'give the calculation a label')),
  /** Over number, range and rating answers, choice answers with an `amount` per option, and earlier calculations. */
  formula: v.pipe(v.string(), v.minLength(1, 'write a formula such as area * price_per_m2')),
  format: numberFormatSchema,
  /** `false` keeps an internal figure (e.g. for lead scoring) off the visitor's pages. */
  show: v.optional(v.boolean(), true),
  help: v.optional(v.string()),
});

export type Calculation = v.InferOutput<typeof calculationSchema>;
