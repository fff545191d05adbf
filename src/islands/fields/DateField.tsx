import { dateHints } from '../../engine/fields/date/dateHints';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** A date: one line, with the keyboard and autofill the date kind gives. */
export function DateField(props: FieldProps<FieldOf<'date'>>) {
  return <InputField {...props} hints={dateHints()} />;
}
