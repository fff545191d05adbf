import * as v from 'valibot';
import { fieldBase, options } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const selectSchema = v.strictObject({ ...fieldBase, kind: v.literal('select'), options });

export type SelectField = v.InferOutput<typeof selectSchema>;
