import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readNumber } from '../readNumber';
import { readText } from '../readText';
import { numberHints } from './numberHints';
import type { NumberField } from './numberSchema';

/** A number typed in; formulas read it as it is. */
export const numberField: KindRules<NumberField> = {
  summary: 'numbers',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    return readNumber(read.text, field, msg);
  },
  check(field) {
    const problems = [];
    if (field.min !== undefined && field.max !== undefined && field.min > field.max)
      problems.push({ path: ['min'], message: 'min is above its maximum; swap them' });
    const { initial } = field;
    if (initial !== undefined && ((field.min ?? initial) > initial || (field.max ?? initial) < initial))
      problems.push({ path: ['initial'], message: 'the starting value must lie between min and max' });
    return problems;
  },
  starting: (field) => (field.initial === undefined ? undefined : String(field.initial)),
  formulaValue: (_field, answer) => (typeof answer === 'number' ? answer : undefined),
  displayText: (_field, answer) => String(answer),
  hints: numberHints,
};
