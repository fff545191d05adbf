import { localDay } from '../engine/fields/date/relativeDay';
import type { Field } from '../engine/fields/fieldKinds';
import { isEmptyAnswer } from '../engine/logic/stepProgress';
import { collectEntries } from '../engine/validation/collectEntries';
import type { RawInput } from '../engine/validation/types';

/**
 * What the form element holds for these fields now; an unticked box or an empty list reads as no
 * answer. A field with no control on the page (a step being swapped in, a question not asked) is
 * left out, not emptied.
 */
export function entriesOf(form: HTMLFormElement | undefined, names: readonly string[]): RawInput {
  if (!form) return {};
  const entries = collectEntries(new FormData(form));
  const onPage = names.filter((name) => form.elements.namedItem(name) !== null);
  return Object.fromEntries(onPage.map((name) => [name, entries[name]]));
}

/** Whether the visitor gave this field an answer; with a country picker a phone answer is [country, number], and the number decides. */
export function answered(field: Field, value: RawInput[string]): boolean {
  return !isEmpty(field.kind === 'tel' ? [value].flat().at(-1) : value);
}

export const isEmpty = isEmptyAnswer;

/**
 * How the browser judges answers: the Worker knows the visitor's country, so national phone numbers
 * are left to it; dates "from today" are the visitor's own today.
 */
export function visitorContext() {
  const today = localDay();
  return { deferNationalPhones: true, today: { earliest: today, latest: today } };
}

/**
 * What the visitor changed on the page before the form's code woke: answers (by their kind's rule)
 * that differ from those the page was rendered with. An empty control, an empty phone beside its
 * country list or an untouched slider must not wipe an answer kept from before a reload.
 */
export function typedAnswers(entries: RawInput, starting: RawInput, fields: ReadonlyMap<string, Field>): RawInput {
  return Object.fromEntries(
    Object.entries(entries).filter(([name, value]) => {
      const field = fields.get(name);
      return field !== undefined && answered(field, value) && JSON.stringify(value) !== JSON.stringify(starting[name]);
    }),
  );
}
