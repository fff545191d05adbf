import * as v from 'valibot';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) => v.pipe(v.string(), v.regex(ID, `use lower-case words joined by "-" for ${what} ids`));

const outcomeSchema = v.strictObject({
  id: id('outcome'),
  title: v.pipe(v.string(), v.minLength(1, 'give the outcome a title')),
  body: v.string(),
  /** What the visitor should do next, e.g. the product page. */
  cta: v.optional(v.strictObject({ href: v.string(), label: v.pipe(v.string(), v.minLength(1)) })),
  image: v.optional(v.strictObject({ src: v.string(), alt: v.string() })),
  /** Quizzes scored by total: the outcome applies from this total up to the next outcome's. */
  minScore: v.optional(v.number()),
  /** Quizzes scored by category: the outcome for visitors whose top category this is. */
  category: v.optional(id('category')),
});

/**
 * A quiz: options carry `points` (a number, or points per category), and the total or the top
 * category picks one outcome, which has its own page.
 */
export const quizSchema = v.strictObject({
  /** With categories the top category decides; without, the total does. Ties go to the earlier category. */
  categories: v.optional(v.array(v.strictObject({ id: id('category'), label: v.pipe(v.string(), v.minLength(1)) }))),
  outcomes: v.pipe(v.array(outcomeSchema), v.minLength(2, 'give the quiz at least two outcomes')),
  /** Show the outcome only after the visitor has sent their contact details. */
  gate: v.optional(v.boolean(), false),
});

export type Quiz = v.InferOutput<typeof quizSchema>;
export type Outcome = v.InferOutput<typeof outcomeSchema>;
