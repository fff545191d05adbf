import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import type { RatingField } from './ratingSchema';

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
