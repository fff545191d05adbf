import * as v from 'valibot';
import type { Field } from '../fields/fieldKinds';
import { kindOf } from '../fields/fieldKinds';
import type { Messages } from '../i18n/messages';
import type { RuleContext } from './context';
import type { AnswerValue, RawValue } from './types';

/**
 * The one rule for a field, shared by the island and the Worker: takes a raw value and yields the
 * stored answer (`undefined` for an optional field left empty) or one message. What each kind
 * accepts lives with the kind (src/engine/fields/<kind>/).
 */
export function fieldRule(
  field: Field,
  msg: Messages,
  context: RuleContext = {},
): v.GenericSchema<RawValue, AnswerValue | undefined> {
  return v.pipe(
    v.custom<RawValue>(() => true),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const reading = kindOf(field).read(field, dataset.value, msg, context);
      if (reading.ok) return reading.value;
      addIssue({ message: reading.message });
      return NEVER;
    }),
  );
}
