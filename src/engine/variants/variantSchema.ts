import * as v from 'valibot';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How one variant of an A/B test shows the form: only the wording and the order of questions, never what is asked. */
const variantSchema = v.strictObject({
  /** Short and stable: it is stored with every view and lead, e.g. "a", "short-headline". */
  id: v.pipe(v.string(), v.regex(ID, 'use lower-case words joined by "-" for variant ids'), v.maxLength(24)),
  /** What the owner calls it in the funnel, e.g. "Shorter headline". */
  label: v.pipe(v.string(), v.minLength(1, 'give the variant a name the funnel shows')),
  /** Its share of new visitors, relative to the other variants' weights. */
  weight: v.pipe(
    v.number(),
    v.integer('use a whole number as the weight'),
    v.minValue(1, 'give every variant a weight of at least 1'),
    v.maxValue(100, 'use weights up to 100'),
  ),
  title: v.optional(v.pipe(v.string(), v.minLength(1, 'give the title some words, or leave it out'))),
  intro: v.optional(v.string()),
  submitLabel: v.optional(v.pipe(v.string(), v.minLength(1, 'give the button some words, or leave it out'))),
  /** Every field's name once, in the order this variant asks them (each stays on its own step). */
  order: v.optional(v.array(v.string())),
  /** A question's own wording in this variant, by field name. */
  questions: v.optional(
    v.record(
      v.string(),
      v.strictObject({
        label: v.optional(v.pipe(v.string(), v.minLength(1, 'give the question some words, or leave it out'))),
        help: v.optional(v.string()),
      }),
    ),
  ),
});

/** A form's A/B test: two to four variants, each a built page of its own; the first is usually the form as it is. */
export const variantsSchema = v.pipe(
  v.array(variantSchema),
  v.minLength(2, 'a test needs at least two variants'),
  v.maxLength(4, 'test at most four variants at once'),
);

export type Variant = v.InferOutput<typeof variantSchema>;
