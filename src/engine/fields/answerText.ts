import type { AnswerValue } from '../validation/types';
import { type Field, kindOf } from './fieldKinds';

/** An answer as the owner reads it: option labels instead of values, lists joined, consent spelled out. */
export function answerText(field: Field | undefined, value: AnswerValue | undefined): string {
  if (value === undefined || value === '') return '—';
  if (field) return kindOf(field).displayText(field, value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
