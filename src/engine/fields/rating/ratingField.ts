import * as v from 'valibot';
import { emptyAnswer } from '../emptyAnswer';
import { fieldBase } from '../fieldBase';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';

export const ratingSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('rating'),
  /** The top of the scale, from 3 to 10; ratings start at 1. */
  max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(10, 'use a scale of 3 to 10')), 5),
});

export type RatingField = v.InferOutput<typeof ratingSchema>;

/** A rating from 1 to max; formulas read its number. */
export const ratingField: KindRules<RatingField> = {
  summary: 'scale',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.choose(field.label));
    const n = /^\d{1,2}$/.test(read.text) ? Number(read.text) : Number.NaN;
    return n >= 1 && n <= field.max ? { ok: true, value: n } : { ok: false, message: msg.rating(field.max) };
  },
  formulaValue: (_field, answer) => (typeof answer === 'number' ? answer : undefined),
  displayText: (_field, answer) => String(answer),
};
