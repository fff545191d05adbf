import * as v from 'valibot';

/** The languages a form's visitor-facing text and messages come in. */
export const localeSchema = v.picklist(['en', 'de'], 'use the locale "en" or "de"');

export type Locale = v.InferOutput<typeof localeSchema>;
