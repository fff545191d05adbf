import type { FieldOf } from '../../engine/fields/fieldKinds';
import { ChoiceField } from './ChoiceField';
import type { FieldProps } from './types';

/** One option from a list shown in full. */
export function RadioField(props: FieldProps<FieldOf<'radio'>>) {
  return <ChoiceField {...props} />;
}
