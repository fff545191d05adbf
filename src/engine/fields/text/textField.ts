import { INTAKE_LIMITS } from '../../definition/intakeLimits';
import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { textHints } from './textHints';
import type { TextField } from './textSchema';

/** Longest answer when the definition sets no maxLength. */
const DEFAULT_MAX = 200;

/** One line of free text: a name, a company, a postcode. */
export const textField: KindRules<TextField> = {
  summary: 'samples',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    const max = field.maxLength ?? DEFAULT_MAX;
    if (read.text.length < (field.minLength ?? 0)) return { ok: false, message: msg.tooShort(field.minLength ?? 0) };
    if (read.text.length > max) return { ok: false, message: msg.tooLong(max) };
    if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(read.text)) {
      return { ok: false, message: field.patternMessage || msg.pattern };
    }
    return { ok: true, value: read.text };
  },
  check(field) {
    const problems = [];
    if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
      problems.push({ path: ['minLength'], message: 'minLength is above its maximum; swap them' });
    }
    if ((field.maxLength ?? 0) > INTAKE_LIMITS.maxAnswerChars) {
      problems.push({
        path: ['maxLength'],
        message: `the Worker refuses answers over ${INTAKE_LIMITS.maxAnswerChars} characters; use at most that`,
      });
    }
    if (field.pattern !== undefined) {
      try {
        new RegExp(field.pattern, 'u');
      } catch {
        problems.push({ path: ['pattern'], message: 'pattern is not a valid regular expression' });
      }
    }
    return problems;
  },
  displayText: (_field, answer) => String(answer),
  hints: textHints,
};
