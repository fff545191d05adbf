import * as v from 'valibot';
import { cards, count, fieldBase, options } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const checkboxesSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('checkboxes'),
  options,
  cards,
  minSelected: v.optional(count),
  maxSelected: v.optional(count),
});

export type CheckboxesField = v.InferOutput<typeof checkboxesSchema>;
