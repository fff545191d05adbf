import type { FieldOf } from '../../engine/fields/fieldKinds';
import { ChoiceField } from './ChoiceField';
import type { FieldProps } from './types';

/** Any number of options. */
export function CheckboxesField(props: FieldProps<FieldOf<'checkboxes'>>) {
  return <ChoiceField {...props} />;
}
