import { emailHints } from '../../engine/fields/email/emailHints';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/** An email address: one line, with the keyboard and autofill the email kind gives. */
export function EmailField(props: FieldProps<FieldOf<'email'>>) {
  return <InputField {...props} hints={emailHints()} />;
}
