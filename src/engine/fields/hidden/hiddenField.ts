import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import type { HiddenField } from './hiddenSchema';

const MAX = 500;

/** A value the visitor does not type, taken from the page address (e.g. utm_source). */
export const hiddenField: KindRules<HiddenField> = {
  summary: 'count',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    return read.text.length > MAX ? { ok: false, message: msg.tooLong(MAX) } : { ok: true, value: read.text };
  },
  displayText: (_field, answer) => String(answer),
};
