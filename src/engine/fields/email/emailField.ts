import * as v from 'valibot';
import { emptyAnswer } from '../emptyAnswer';
import type { KindRules } from '../kindRules';
import { readText } from '../readText';
import { emailHints } from './emailHints';
import type { EmailField } from './emailSchema';

const MAX = 254;
const address = v.pipe(v.string(), v.email());

/** An email address, stored with its domain in lower case; it identifies the person. */
export const emailField: KindRules<EmailField> = {
  summary: 'count',
  read(field, raw, msg) {
    const read = readText(raw, msg);
    if (!read.ok) return read;
    if (read.text === '') return emptyAnswer(field, msg.required(field.label));
    if (read.text.length > MAX) return { ok: false, message: msg.tooLong(MAX) };
    const at = read.text.lastIndexOf('@');
    const email = at < 0 ? read.text : read.text.slice(0, at) + read.text.slice(at).toLowerCase();
    return v.is(address, email) ? { ok: true, value: email } : { ok: false, message: msg.email };
  },
  displayText: (_field, answer) => String(answer),
  hints: emailHints,
  contact: 'email',
};
