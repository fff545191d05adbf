import type { Messages } from '../i18n/messages';
import { emptyAnswer } from './emptyAnswer';
import type { FieldOption } from './fieldBase';
import type { Reading } from './kindRules';
import { readText } from './readText';

/** One option chosen (select, radio): its value, if the field offers it. */
export function readChoice(
  field: { label: string; required: boolean; options: readonly FieldOption[] },
  raw: Parameters<typeof readText>[0],
  msg: Messages,
): Reading {
  const read = readText(raw, msg);
  if (!read.ok) return read;
  if (read.text === '') return emptyAnswer(field, msg.choose(field.label));
  return field.options.some((option) => option.value === read.text)
    ? { ok: true, value: read.text }
    : { ok: false, message: msg.option };
}

/** The amount a formula reads for a choice: the chosen option's, when every option has one. */
export function choiceAmount(options: readonly FieldOption[], answer: unknown): number | undefined {
  return options.find((option) => option.value === answer)?.amount;
}
