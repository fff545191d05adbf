import * as v from 'valibot';
import { phoneDisplay, toE164 } from '../../validation/toE164';
import { emptyAnswer } from '../emptyAnswer';
import { fieldBase } from '../fieldBase';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { telHints } from './telHints';

const MAX = 32;

export const telSchema = v.strictObject({ ...fieldBase, kind: v.literal('tel') });

export type TelField = v.InferOutput<typeof telSchema>;

/**
 * A phone number, stored in E.164 (+442079460958). A number without its country code is read in
 * the form's country, else the visitor's; the island defers one it cannot place to the Worker.
 */
export const telField: KindRules<TelField> = {
  read(field, raw, msg, context) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    const text = read.text;
    if (text === '') return emptyAnswer(field, msg.required(field.label));
    if (text.length > MAX) return { ok: false, message: msg.tel };
    const country = context.phoneCountry;
    if (!text.startsWith('+') && !country && context.deferNationalPhones) return { ok: true, value: text };
    const e164 = toE164(text, country);
    if (e164) return { ok: true, value: e164 };
    return { ok: false, message: text.startsWith('+') || country ? msg.tel : msg.telCountry };
  },
  displayText: (_field, answer) => phoneDisplay(String(answer)),
  hints: telHints,
  contact: 'phone',
};
