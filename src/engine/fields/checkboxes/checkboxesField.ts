import { cleanText } from '../../validation/cleanText';
import type { KindRules } from '../kindRules';
import { optionLabel } from '../optionLabel';
import type { CheckboxesField } from './checkboxesSchema';

/** Any number of options, stored as a list; formulas read the sum of the chosen amounts (none is 0). */
export const checkboxesField: KindRules<CheckboxesField> = {
  summary: 'choices',
  read(field, raw, msg) {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
    const picked = [
      ...new Set(
        items
          .map((item) => cleanText(item, false))
          // Unreadable text is no option's value.
          .map((item) => (item.ok ? item.text : '\u0000'))
          .filter(Boolean),
      ),
    ];
    if (picked.length === 0) {
      return field.required || (field.minSelected ?? 0) > 0
        ? { ok: false, message: msg.chooseSome(field.label) }
        : { ok: true };
    }
    const offered = new Set(field.options.map((option) => option.value));
    if (picked.some((value) => !offered.has(value))) return { ok: false, message: msg.option };
    if (field.minSelected !== undefined && picked.length < field.minSelected) {
      return { ok: false, message: msg.atLeastChoices(field.minSelected) };
    }
    if (field.maxSelected !== undefined && picked.length > field.maxSelected) {
      return { ok: false, message: msg.atMostChoices(field.maxSelected) };
    }
    return { ok: true, value: picked };
  },
  check(field) {
    const problems = [];
    if (field.minSelected !== undefined && field.maxSelected !== undefined && field.minSelected > field.maxSelected) {
      problems.push({ path: ['minSelected'], message: 'minSelected is above its maximum; swap them' });
    }
    if ((field.maxSelected ?? 0) > field.options.length) {
      problems.push({ path: ['maxSelected'], message: 'maxSelected is more than the number of options' });
    }
    return problems;
  },
  formulaValue(field, answer) {
    const picked = Array.isArray(answer) ? answer : [];
    if (!field.options.every((option) => option.amount !== undefined)) return undefined;
    return field.options.reduce((sum, option) => (picked.includes(option.value) ? sum + (option.amount ?? 0) : sum), 0);
  },
  displayText: (field, answer) =>
    (Array.isArray(answer) ? answer : [String(answer)]).map((value) => optionLabel(field.options, value)).join(', '),
};
