import * as v from 'valibot';
import { fieldSchema } from './fieldKinds';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

export const localeSchema = v.picklist(['en', 'de']);

export const formSchema = v.pipe(
  v.object({
    slug: v.pipe(v.string(), v.regex(SLUG, 'use lower-case words joined by "-"')),
    title: v.pipe(v.string(), v.minLength(1, 'give the form a title')),
    intro: v.optional(v.string()),
    locale: v.optional(localeSchema, 'en'),
    theme: v.optional(v.object({ brand: v.pipe(v.string(), v.regex(COLOUR, 'use a colour like #1f6feb')) }), {
      brand: '#1f6feb',
    }),
    submitLabel: v.optional(v.string()),
    fields: v.pipe(v.array(fieldSchema), v.minLength(1, 'add at least one field')),
    thankYou: v.object({
      title: v.pipe(v.string(), v.minLength(1)),
      body: v.string(),
    }),
  }),
  v.check(
    (form) => new Set(form.fields.map((f) => f.name)).size === form.fields.length,
    'field names must be unique within a form',
  ),
);

export type FormInput = v.InferInput<typeof formSchema>;
export type Locale = v.InferOutput<typeof localeSchema>;
