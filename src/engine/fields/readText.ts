import type { Messages } from '../i18n/messages';
import { cleanText } from '../validation/cleanText';
import type { RawValue } from '../validation/types';

export type TextReading = { ok: true; text: string } | { ok: false; message: string };

/**
 * One answer as clean text (cleanText): a string, a number or `true` as sent; a list only when it
 * holds a single value (a field sent once). Empty is '' for the caller to judge.
 */
export function readText(raw: RawValue, msg: Messages, multiline = false): TextReading {
  if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, text: raw === false ? '' : String(raw) };
  if (Array.isArray(raw) && raw.length > 1) return { ok: false, message: msg.oneValue };
  const one = Array.isArray(raw) ? raw[0] : raw;
  if (typeof one !== 'string') return { ok: true, text: '' };
  const clean = cleanText(one, multiline);
  return clean.ok ? { ok: true, text: clean.text } : { ok: false, message: msg.unreadable };
}
