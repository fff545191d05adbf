import * as v from 'valibot';
import { conditionSchema } from '../logic/conditionSchema';

const FIELD_NAME = /^[a-z][a-z0-9_]{0,47}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const option = v.strictObject({
  value: v.pipe(v.string(), v.minLength(1, 'an option needs a non-empty value')),
  label: v.pipe(v.string(), v.minLength(1, 'an option needs a label')),
  /** Quiz points for choosing it: a number, or points per quiz category. */
  points: v.optional(v.union([v.number(), v.record(v.string(), v.number())])),
  /** The number a formula reads for this choice, e.g. a price per m². */
  amount: v.optional(v.number()),
});

const options = v.pipe(
  v.array(option),
  v.minLength(1, 'add at least one option'),
  v.check((list) => new Set(list.map((o) => o.value)).size === list.length, 'option values must be unique'),
);

const base = {
  name: v.pipe(v.string(), v.regex(FIELD_NAME, 'use lower-case letters, digits and "_" and start with a letter')),
  label: v.pipe(v.string(), v.minLength(1, 'give the field a label')),
  help: v.optional(v.string()),
  required: v.optional(v.boolean(), false),
  placeholder: v.optional(v.string()),
  /** Shown, validated and stored only while this holds. */
  showIf: v.optional(conditionSchema),
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'write dates as YYYY-MM-DD'));

export const fieldSchema = v.variant(
  'kind',
  [
    v.strictObject({
      ...base,
      kind: v.literal('text'),
      minLength: v.optional(count),
      maxLength: v.optional(count),
      pattern: v.optional(v.string()),
      patternMessage: v.optional(v.string()),
      autocomplete: v.optional(v.string()),
    }),
    v.strictObject({
      ...base,
      kind: v.literal('textarea'),
      minLength: v.optional(count),
      maxLength: v.optional(count),
    }),
    v.strictObject({ ...base, kind: v.literal('email') }),
    v.strictObject({ ...base, kind: v.literal('tel') }),
    v.strictObject({
      ...base,
      kind: v.literal('number'),
      min: v.optional(v.number()),
      max: v.optional(v.number()),
      step: v.optional(v.pipe(v.number(), v.gtValue(0, 'use a step above 0'))),
      unit: v.optional(v.string()),
    }),
    v.strictObject({ ...base, kind: v.literal('select'), options }),
    v.strictObject({ ...base, kind: v.literal('radio'), options }),
    v.strictObject({
      ...base,
      kind: v.literal('checkboxes'),
      options,
      minSelected: v.optional(count),
      maxSelected: v.optional(count),
    }),
    v.strictObject({ ...base, kind: v.literal('date'), min: v.optional(isoDate), max: v.optional(isoDate) }),
    v.strictObject({
      ...base,
      kind: v.literal('range'),
      min: v.number(),
      max: v.number(),
      step: v.optional(v.pipe(v.number(), v.gtValue(0, 'use a step above 0')), 1),
      initial: v.optional(v.number()),
      unit: v.optional(v.string()),
    }),
    v.strictObject({
      ...base,
      kind: v.literal('rating'),
      max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(10, 'use a scale of 3 to 10')), 5),
    }),
    v.strictObject({
      ...base,
      kind: v.literal('consent'),
      /** The exact wording the visitor agrees to; stored leads keep its version. */
      text: v.pipe(v.string(), v.minLength(1, 'write the consent text')),
      version: v.pipe(v.string(), v.minLength(1, 'give the consent text a version')),
    }),
    v.strictObject({
      ...base,
      kind: v.literal('hidden'),
      /** The URL query parameter that fills it; defaults to the field name. */
      fromQuery: v.optional(v.string()),
    }),
  ],
  'use one of the field kinds: text, textarea, email, tel, number, select, radio, checkboxes, date, range, rating, consent, hidden',
);

export type Field = v.InferOutput<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type FieldOf<K extends FieldKind> = Extract<Field, { kind: K }>;
export type FieldOption = v.InferOutput<typeof option>;
