import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readNumber } from '../readNumber';
import { readText } from '../readText';
import type { RangeField } from './rangeSchema';

/** A slider between min and max; formulas read its number. */
export const rangeField: KindRules<RangeField> = {
  summary: 'numbers',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    return readNumber(read.text, field, msg);
  },
  check(field) {
    const problems = [];
    if (field.min > field.max) problems.push({ path: ['min'], message: 'min is above its maximum; swap them' });
    if (field.initial !== undefined && (field.initial < field.min || field.initial > field.max)) {
      problems.push({ path: ['initial'], message: 'initial must lie between min and max' });
    }
    return problems;
  },
  formulaValue: (_field, answer) => (typeof answer === 'number' ? answer : undefined),
  displayText: (_field, answer) => String(answer),
  // A slider always holds a value: the page posts it even untouched.
  starting: (field) => String(field.initial ?? field.min),
};
