import * as v from 'valibot';
import { emptyAnswer } from '../emptyAnswer';
import { fieldBase } from '../fieldBase';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';

const MAX = 500;

export const hiddenSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('hidden'),
  /** The URL query parameter that fills it; defaults to the field name. */
  fromQuery: v.optional(v.string()),
});

export type HiddenField = v.InferOutput<typeof hiddenSchema>;

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
