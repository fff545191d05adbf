import * as v from 'valibot';
import { fieldBase, options } from '../fieldBase';
import type { KindRules } from '../kindRules';
import { optionLabel } from '../optionLabel';
import { choiceAmount, readChoice } from '../readChoice';

export const selectSchema = v.strictObject({ ...fieldBase, kind: v.literal('select'), options });

export type SelectField = v.InferOutput<typeof selectSchema>;

/** One option from a dropdown; with an amount on every option, formulas read the chosen one. */
export const selectField: KindRules<SelectField> = {
  summary: 'choices',
  read: (field, raw, msg) => readChoice(field, raw, msg),
  formulaValue: (field, answer) => choiceAmount(field.options, answer),
  displayText: (field, answer) => optionLabel(field.options, String(answer)),
};
