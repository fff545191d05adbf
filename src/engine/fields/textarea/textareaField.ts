import { INTAKE_LIMITS } from '../../definition/intakeLimits';
import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import type { TextareaField } from './textareaSchema';

const DEFAULT_MAX = 5000;

/** Several lines of free text: line breaks are kept (as "\n"). */
export const textareaField: KindRules<TextareaField> = {
  summary: 'samples',
  read(field, raw, msg) {
    const read = readText(raw, msg, true);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    const max = field.maxLength ?? DEFAULT_MAX;
    if (read.text.length < (field.minLength ?? 0)) return { ok: false, message: msg.tooShort(field.minLength ?? 0) };
    if (read.text.length > max) return { ok: false, message: msg.tooLong(max) };
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
    return problems;
  },
  displayText: (_field, answer) => String(answer),
};
