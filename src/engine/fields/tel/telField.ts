import type { RawValue } from '../../validation/types';
import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { phoneNumbers } from './phoneNumbers';
import { telHints } from './telHints';
import type { TelField } from './telSchema';

const MAX = 32;

/**
 * What a post holds for a phone: the number, or with a country picker (which shares the field's
 * name and comes first) the chosen country and the number, e.g. ['US', '(201) 555-0123'].
 */
function splitCountry(raw: RawValue): { country?: string; number: RawValue } {
  if (!Array.isArray(raw) || raw.length !== 2) return { number: raw };
  const [picked, number] = raw;
  // '' is the picker's "automatic": the form's country, else the visitor's.
  if (picked === '') return { number };
  return typeof picked === 'string' && /^[A-Z]{2}$/.test(picked) ? { country: picked, number } : { number: raw };
}

/**
 * A phone number, stored in E.164 (+442079460958). A number without its country code is read in
 * the form's country, else the visitor's; the island defers one it cannot place to the Worker.
 */
export const telField: KindRules<TelField> = {
  summary: 'count',
  read(field, raw, msg, context) {
    const posted = splitCountry(raw);
    const read = readText(posted.number, msg);
    if (!read.ok) return read;
    const text = read.text;
    const country = posted.country ?? context.phoneCountry;
    if (text === '') return emptyAnswer(field, msg.required(field.label));
    if (text.length > MAX) return { ok: false, message: msg.tel(exampleFor(country)) };
    if (!text.startsWith('+') && !country && context.deferNationalPhones) return { ok: true, value: text };
    const numbers = phoneNumbers();
    if (!numbers) {
      // The island may not have fetched them yet: the Worker, which always has them, decides.
      if (context.deferNationalPhones) return { ok: true, value: text };
      throw new Error('phone numbers are not loaded: import src/engine/validation/toE164.ts where answers are judged');
    }
    const e164 = numbers.toE164(text, country);
    if (e164) return { ok: true, value: e164 };
    // The example is of the country the number is read in: a US form shows a US number.
    return { ok: false, message: text.startsWith('+') || country ? msg.tel(exampleFor(country)) : msg.telCountry };
  },
  displayText: (_field, answer) => phoneNumbers()?.display(String(answer)) ?? String(answer),
  hints: telHints,
  contact: 'phone',
};

function exampleFor(country: string | undefined): string | undefined {
  return country ? phoneNumbers()?.example(country) : undefined;
}
