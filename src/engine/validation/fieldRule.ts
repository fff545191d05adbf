import * as v from 'valibot';
import type { Field } from '../definition/fieldKinds';
import type { Messages } from '../i18n/messages';
import type { AnswerValue, RawValue } from './types';

type Filled = v.GenericSchema<string, AnswerValue>;

const DEFAULT_MAX = { text: 200, textarea: 5000, email: 254, tel: 32 } as const;
const AGREED = new Set(['on', 'true', 'yes', '1']);
const TEL_CHARS = /[\s().-]/g;
const TEL = /^\+?\d{7,15}$/;

/**
 * The one rule for a field, shared by the island and the Worker: takes a raw value and
 * yields the stored answer (`undefined` for an optional field left empty) or one message.
 */
export function fieldRule(field: Field, msg: Messages): v.GenericSchema<RawValue, AnswerValue | undefined> {
  const filled = filledRule(field, msg);
  return v.pipe(
    v.custom<RawValue>(() => true),
    v.transform(toText),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const text = dataset.value;
      if (text === '') {
        if (field.kind === 'consent') {
          if (!field.required) return false;
          addIssue({ message: msg.consent });
          return NEVER;
        }
        if (!field.required) return undefined;
        const choice = field.kind === 'select' || field.kind === 'radio';
        addIssue({ message: choice ? msg.choose(field.label) : msg.required(field.label) });
        return NEVER;
      }
      const result = v.safeParse(filled, text);
      if (result.success) return result.output;
      addIssue({ message: result.issues[0].message });
      return NEVER;
    }),
  );
}

function filledRule(field: Field, msg: Messages): Filled {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? DEFAULT_MAX[field.kind];
      const pattern = field.kind === 'text' && field.pattern ? new RegExp(`^(?:${field.pattern})$`, 'u') : null;
      return v.pipe(
        v.string(),
        v.minLength(field.minLength ?? 0, msg.tooShort(field.minLength ?? 0)),
        v.maxLength(max, msg.tooLong(max)),
        v.check(
          (s) => pattern === null || pattern.test(s),
          field.kind === 'text' ? (field.patternMessage ?? msg.pattern) : msg.pattern,
        ),
      );
    }
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
        v.transform((s) => s.replace(TEL_CHARS, '')),
        v.regex(TEL, msg.tel),
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

function toText(value: RawValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value === false ? '' : String(value);
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0].trim() : '';
  return '';
}

function lowerCaseDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
}
