import * as v from 'valibot';
import { emptyAnswer } from '../emptyAnswer';
import { fieldBase } from '../fieldBase';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { dateHints } from './dateHints';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'write dates as YYYY-MM-DD'));

export const dateSchema = v.strictObject({
  ...fieldBase,
  kind: v.literal('date'),
  min: v.optional(isoDate),
  max: v.optional(isoDate),
});

export type DateField = v.InferOutput<typeof dateSchema>;

function realDay(iso: string): boolean {
  return (
    ISO_DATE.test(iso) &&
    !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
    new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)
  );
}

/** A calendar day, stored as YYYY-MM-DD. */
export const dateField: KindRules<DateField> = {
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    const day = read.text;
    if (day === '') return emptyAnswer(field, msg.required(field.label));
    if (!realDay(day)) return { ok: false, message: msg.date };
    if (field.min !== undefined && day < field.min) return { ok: false, message: msg.dateFrom(field.min) };
    if (field.max !== undefined && day > field.max) return { ok: false, message: msg.dateUntil(field.max) };
    return { ok: true, value: day };
  },
  check: (field) =>
    field.min !== undefined && field.max !== undefined && field.min > field.max
      ? [{ path: ['min'], message: 'min is above its maximum; swap them' }]
      : [],
  displayText: (_field, answer) => String(answer),
  hints: dateHints,
};
