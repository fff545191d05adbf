import type { Field } from '../../src/engine/definition/fieldKinds';
import type { AnswerValue } from '../../src/engine/validation/types';

/** An answer as the owner reads it: option labels instead of values, lists joined, consent spelled out. */
export function answerText(field: Field | undefined, value: AnswerValue | undefined): string {
  if (value === undefined || value === '') return '—';
  const label = (one: string) =>
    field && 'options' in field ? (field.options.find((option) => option.value === one)?.label ?? one) : one;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean')
    return field?.kind === 'consent' ? (value ? 'Given' : 'Not given') : value ? 'Yes' : 'No';
  return typeof value === 'string' ? label(value) : String(value);
}
