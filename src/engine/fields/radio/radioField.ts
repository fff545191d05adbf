import type { KindRules } from '../kindRules';
import { optionLabel } from '../optionLabel';
import { choiceAmount, readChoice } from '../readChoice';
import type { RadioField } from './radioSchema';

/** One option from a list shown in full; with an amount on every option, formulas read the chosen one. */
export const radioField: KindRules<RadioField> = {
  summary: 'choices',
  read: (field, raw, msg) => readChoice(field, raw, msg),
  formulaValue: (field, answer) => choiceAmount(field.options, answer),
  displayText: (field, answer) => optionLabel(field.options, String(answer)),
};
