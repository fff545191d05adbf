import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import type { ConsentField } from './consentSchema';

const AGREED = new Set(['on', 'true', 'yes', '1']);

/** A box the visitor ticks to agree to its text; never ticked in advance. Stored as true or false. */
export const consentField: KindRules<ConsentField> = {
  summary: 'choices',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return field.required ? { ok: false, message: msg.consent } : { ok: true, value: false };
    return AGREED.has(read.text.toLowerCase()) ? { ok: true, value: true } : { ok: false, message: msg.consent };
  },
  displayText: (_field, answer) => (answer === true ? 'Given' : 'Not given'),
};
