import * as v from 'valibot';
import { fieldBase } from '../fieldBase';
import { DAY_BOUND } from './relativeDay';

const dayBound = v.pipe(
  v.string(),
  v.regex(DAY_BOUND, 'write a date as YYYY-MM-DD, "today", or days from today like "+90d"'),
);

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const dateSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('date'),
  min: v.optional(dayBound),
  max: v.optional(dayBound),
  /** Monday to Friday only, e.g. for appointments. */
  weekdays: v.optional(v.boolean()),
});

export type DateField = v.InferOutput<typeof dateSchema>;
