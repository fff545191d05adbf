import * as v from 'valibot';
import { cards, fieldBase, options } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const radioSchema = v.strictObject({ ...fieldBase, kind: v.literal('radio'), options, cards });

export type RadioField = v.InferOutput<typeof radioSchema>;
