import * as v from 'valibot';
import { fieldBase } from '../fieldBase';

/** How a definition writes this kind of field (the studio and the build check it; no visitor's browser needs it). */
export const emailSchema = v.strictObject({ ...fieldBase, kind: v.literal('email') });

export type EmailField = v.InferOutput<typeof emailSchema>;
