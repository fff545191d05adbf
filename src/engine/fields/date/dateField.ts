import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { dateHints } from './dateHints';
import type { DateField } from './dateSchema';
import { daysOnEarth, isRelative, isWeekday, resolveDay } from './relativeDay';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDay(iso: string): boolean {
  return (
    ISO_DATE.test(iso) &&
    !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
    new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)
  );
}

/** A calendar day, stored as YYYY-MM-DD. */
export const dateField: KindRules<DateField> = {
  summary: 'count',
  read(field, raw, msg, context) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    const day = read.text;
    if (day === '') return emptyAnswer(field, msg.required(field.label));
    if (!realDay(day)) return { ok: false, message: msg.date };
    const today = context.today ?? daysOnEarth();
    const min = field.min === undefined ? undefined : resolveDay(field.min, today.earliest);
    const max = field.max === undefined ? undefined : resolveDay(field.max, today.latest);
    if (min !== undefined && day < min) return { ok: false, message: msg.dateFrom(min) };
    if (max !== undefined && day > max) return { ok: false, message: msg.dateUntil(max) };
    if (field.weekdays && !isWeekday(day)) return { ok: false, message: msg.weekday };
    return { ok: true, value: day };
  },
  check(field) {
    const { min, max } = field;
    if (min === undefined || max === undefined) return [];
    // Relative bounds are compared as they fall on one day; absolute ones as written.
    const today = '2000-01-01';
    const apart = isRelative(min) === isRelative(max);
    return apart && resolveDay(min, today) > resolveDay(max, today)
      ? [{ path: ['min'], message: 'min is after its maximum; swap them' }]
      : [];
  },
  displayText: (_field, answer) => String(answer),
  hints: dateHints,
};
