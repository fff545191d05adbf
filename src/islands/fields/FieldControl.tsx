import type { Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { FieldKind, FieldOf } from '../../engine/fields/fieldKinds';
import { CheckboxesField } from './CheckboxesField';
import { ConsentField } from './ConsentField';
import { DateField } from './DateField';
import { EmailField } from './EmailField';
import { HiddenField } from './HiddenField';
import { NumberField } from './NumberField';
import { RadioField } from './RadioField';
import { RangeField } from './RangeField';
import { RatingField } from './RatingField';
import { SelectField } from './SelectField';
import { TelField } from './TelField';
import { TextareaField } from './TextareaField';
import { TextField } from './TextField';
import type { FieldProps } from './types';

/** Each kind's control, named after it: a kind without one fails the type check. */
const CONTROLS: { [K in FieldKind]: Component<FieldProps<FieldOf<K>>> } = {
  text: TextField,
  textarea: TextareaField,
  email: EmailField,
  tel: TelField,
  number: NumberField,
  select: SelectField,
  radio: RadioField,
  checkboxes: CheckboxesField,
  date: DateField,
  range: RangeField,
  rating: RatingField,
  consent: ConsentField,
  hidden: HiddenField,
};

/** The control for a field's kind. */
export function FieldControl(props: FieldProps) {
  return <Dynamic component={CONTROLS[props.field.kind] as Component<FieldProps>} {...props} />;
}
