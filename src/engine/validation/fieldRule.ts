import * as v from 'valibot';
import type { Field } from '../definition/fieldKinds';
import type { Messages } from '../i18n/messages';
import { type CleanText, cleanText } from './cleanText';
import type { RuleContext } from './context';
import { toE164 } from './toE164';
import type { AnswerValue, RawValue } from './types';

type Filled = v.GenericSchema<string, AnswerValue>;

const DEFAULT_MAX = { text: 200, textarea: 5000, email: 254, tel: 32, hidden: 500 } as const;
const AGREED = new Set(['on', 'true', 'yes', '1']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The one rule for a field, shared by the island and the Worker: takes a raw value and yields
 * the stored answer (`undefined` for an optional field left empty) or one message.
 */
export function fieldRule(
  field: Field,
  msg: Messages,
  context: RuleContext = {},
): v.GenericSchema<RawValue, AnswerValue | undefined> {
  const filled = field.kind === 'checkboxes' ? undefined : filledRule(field, msg, context);
  return v.pipe(
    v.custom<RawValue>(() => true),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (field.kind === 'checkboxes') {
        const result = checkChoices(field, msg, dataset.value);
        if (typeof result === 'string') {
          addIssue({ message: result });
          return NEVER;
        }
        return result;
      }
      const read = toText(dataset.value, field.kind === 'textarea');
      if (!read.ok) {
        addIssue({ message: read.reason === 'several' ? msg.oneValue : msg.unreadable });
        return NEVER;
      }
      const text = read.text;
      if (text === '') {
        if (field.kind === 'consent' && !field.required) return false;
        if (!field.required) return undefined;
        addIssue({ message: emptyMessage(field, msg) });
        return NEVER;
      }
      const result = v.safeParse(filled as Filled, text);
      if (result.success) return result.output;
      addIssue({ message: result.issues[0].message });
      return NEVER;
    }),
  );
}

function emptyMessage(field: Field, msg: Messages): string {
  if (field.kind === 'consent') return msg.consent;
  const choice = field.kind === 'select' || field.kind === 'radio' || field.kind === 'rating';
  return choice ? msg.choose(field.label) : msg.required(field.label);
}

function filledRule(field: Exclude<Field, { kind: 'checkboxes' }>, msg: Messages, context: RuleContext): Filled {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? DEFAULT_MAX[field.kind];
      const min = field.minLength ?? 0;
      const pattern = field.kind === 'text' && field.pattern ? new RegExp(`^(?:${field.pattern})$`, 'u') : null;
      return v.pipe(
        v.string(),
        v.minLength(min, msg.tooShort(min)),
        v.maxLength(max, msg.tooLong(max)),
        v.check(
          (s) => pattern === null || pattern.test(s),
          (field.kind === 'text' && field.patternMessage) || msg.pattern,
        ),
      );
    }
    case 'hidden':
      return v.pipe(v.string(), v.maxLength(DEFAULT_MAX.hidden, msg.tooLong(DEFAULT_MAX.hidden)));
    case 'email':
      return v.pipe(
        v.string(),
        v.maxLength(DEFAULT_MAX.email, msg.tooLong(DEFAULT_MAX.email)),
        v.transform(lowerCaseDomain),
        v.email(msg.email),
      );
    case 'tel':
      return v.pipe(
        v.string(),
        v.maxLength(DEFAULT_MAX.tel, msg.tel),
        v.rawTransform(({ dataset, addIssue, NEVER }) => {
          const text = dataset.value;
          const country = context.phoneCountry;
          if (!text.startsWith('+') && !country && context.deferNationalPhones) return text;
          const e164 = toE164(text, country);
          if (e164) return e164;
          addIssue({ message: text.startsWith('+') || country ? msg.tel : msg.telCountry });
          return NEVER;
        }),
      );
    case 'number':
    case 'range':
      return v.pipe(
        v.string(),
        v.transform((s) => (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN)),
        v.check((n) => Number.isFinite(n), msg.number),
        v.check((n) => field.min === undefined || n >= field.min, msg.atLeast(field.min ?? 0)),
        v.check((n) => field.max === undefined || n <= field.max, msg.atMost(field.max ?? 0)),
        v.check((n) => onStep(n, field.min ?? 0, field.step), msg.step(field.step ?? 1)),
      );
    case 'rating':
      return v.pipe(
        v.string(),
        v.transform((s) => (/^\d{1,2}$/.test(s) ? Number(s) : Number.NaN)),
        v.check((n) => n >= 1 && n <= field.max, msg.rating(field.max)),
      );
    case 'date':
      return v.pipe(
        v.string(),
        v.check((s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && realDay(s), msg.date),
        v.check((s) => field.min === undefined || s >= field.min, msg.dateFrom(field.min ?? '')),
        v.check((s) => field.max === undefined || s <= field.max, msg.dateUntil(field.max ?? '')),
      );
    case 'select':
    case 'radio':
      return v.picklist(
        field.options.map((o) => o.value),
        msg.option,
      );
    case 'consent':
      return v.pipe(
        v.string(),
        v.check((s) => AGREED.has(s.toLowerCase()), msg.consent),
        v.transform(() => true),
      );
  }
}

function checkChoices(
  field: Extract<Field, { kind: 'checkboxes' }>,
  msg: Messages,
  raw: RawValue,
): string[] | undefined | string {
  const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .map((item) => cleanText(item, false))
    .map((item) => (item.ok ? item.text : '\u0000'))
    .filter(Boolean);
  const picked = [...new Set(list)];
  if (picked.length === 0)
    return field.required || (field.minSelected ?? 0) > 0 ? msg.chooseSome(field.label) : undefined;
  const offered = new Set(field.options.map((o) => o.value));
  if (picked.some((value) => !offered.has(value))) return msg.option;
  if (field.minSelected !== undefined && picked.length < field.minSelected)
    return msg.atLeastChoices(field.minSelected);
  if (field.maxSelected !== undefined && picked.length > field.maxSelected) return msg.atMostChoices(field.maxSelected);
  return picked;
}

function onStep(value: number, origin: number, step: number | undefined): boolean {
  if (step === undefined) return true;
  const steps = (value - origin) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

function realDay(iso: string): boolean {
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

/** One answer as text; a list is accepted only when it holds a single value (a field sent once). */
function toText(value: RawValue, multiline: boolean): CleanText | { ok: false; reason: 'several' } {
  if (typeof value === 'string') return cleanText(value, multiline);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { ok: true, text: value === false ? '' : String(value) };
  }
  if (Array.isArray(value)) {
    if (value.length > 1) return { ok: false, reason: 'several' };
    return typeof value[0] === 'string' ? cleanText(value[0], multiline) : { ok: true, text: '' };
  }
  return { ok: true, text: '' };
}

function lowerCaseDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
}
