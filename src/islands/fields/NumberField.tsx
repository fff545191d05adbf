import type { FieldOf } from '../../engine/fields/fieldKinds';
import { numberHints } from '../../engine/fields/number/numberHints';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** A number, typed: one line, with the keyboard and autofill the number kind gives. */
export function NumberField(props: FieldProps<FieldOf<'number'>>) {
  return <InputField {...props} hints={numberHints()} />;
}
