import type { FieldOf } from '../../engine/fields/fieldKinds';
import { textHints } from '../../engine/fields/text/textHints';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** One line of free text: one line, with the keyboard and autofill the text kind gives. */
export function TextField(props: FieldProps<FieldOf<'text'>>) {
  return <InputField {...props} hints={textHints(props.field)} />;
}
