import * as v from 'valibot';
import { conditionSchema } from '../logic/conditionSchema';

const FIELD_NAME = /^[a-z][a-z0-9_]{0,47}$/;

/** What every field has, whatever its kind. */
export const fieldBase = {
  name: v.pipe(v.string(), v.regex(FIELD_NAME, 'use lower-case letters, digits and "_" and start with a letter')),
  label: v.pipe(v.string(), v.minLength(1, 'give the field a label')),
  help: v.optional(v.string()),
  required: v.optional(v.boolean(), false),
  placeholder: v.optional(v.string()),
  /** Shown, validated and stored only while this holds. */
  showIf: v.optional(conditionSchema),
};

/** A whole number of characters or choices. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const option = v.strictObject({
  value: v.pipe(v.string(), v.minLength(1, 'an option needs a non-empty value')),
  label: v.pipe(v.string(), v.minLength(1, 'an option needs a label')),
  /** Quiz points for choosing it: a number, or points per quiz category. */
  points: v.optional(v.union([v.number(), v.record(v.string(), v.number())])),
  /** The number a formula reads for this choice, e.g. a price per m². */
  amount: v.optional(v.number()),
  /** Shown large on a card (fields with `cards`), e.g. "☕". */
  emoji: v.optional(v.pipe(v.string(), v.maxLength(16, 'use one emoji or a short symbol'))),
  /** A picture on a card: a file this site serves, and what it shows for people who cannot see it. */
  image: v.optional(
    v.strictObject({
      src: v.pipe(v.string(), v.regex(/^\/[^/]/, 'use a path on this site, e.g. /images/beans.webp')),
      alt: v.string(),
    }),
  ),
});

/** Radios and checkboxes as large tappable cards (with each option's emoji or picture) instead of a list. */
export const cards = v.optional(v.boolean());

/** The options of a choice field: at least one, each value once. */
export const options = v.pipe(
  v.array(option),
  v.minLength(1, 'add at least one option'),
  v.check((list) => new Set(list.map((o) => o.value)).size === list.length, 'option values must be unique'),
);

export type FieldOption = v.InferOutput<typeof option>;
