import type { FieldOf } from '../../engine/fields/fieldKinds';
import { telHints } from '../../engine/fields/tel/telHints';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** A phone number: one line, with the keyboard and autofill the tel kind gives. */
export function TelField(props: FieldProps<FieldOf<'tel'>>) {
  return <InputField {...props} hints={telHints()} />;
}
