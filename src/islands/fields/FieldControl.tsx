import { Match, Switch } from 'solid-js';
import type { FieldKind, FieldOf } from '../../engine/definition/fieldKinds';
import { ChoiceField } from './ChoiceField';
import { ConsentField } from './ConsentField';
import { HiddenField } from './HiddenField';
import { InputField } from './InputField';
import { RangeField } from './RangeField';
import { SelectField } from './SelectField';
import { TextareaField } from './TextareaField';
import type { FieldProps } from './types';

function narrow<K extends FieldKind>(props: FieldProps, ...kinds: K[]): FieldProps<FieldOf<K>> | false {
  return (kinds as string[]).includes(props.field.kind) && (props as FieldProps<FieldOf<K>>);
}

/** Picks the control for a field's kind. */
export function FieldControl(props: FieldProps) {
  return (
    <Switch>
      <Match when={narrow(props, 'text', 'email', 'tel', 'number', 'date')}>{(p) => <InputField {...p()} />}</Match>
      <Match when={narrow(props, 'textarea')}>{(p) => <TextareaField {...p()} />}</Match>
      <Match when={narrow(props, 'select')}>{(p) => <SelectField {...p()} />}</Match>
      <Match when={narrow(props, 'radio', 'checkboxes', 'rating')}>{(p) => <ChoiceField {...p()} />}</Match>
      <Match when={narrow(props, 'range')}>{(p) => <RangeField {...p()} />}</Match>
      <Match when={narrow(props, 'consent')}>{(p) => <ConsentField {...p()} />}</Match>
      <Match when={narrow(props, 'hidden')}>{(p) => <HiddenField {...p()} />}</Match>
    </Switch>
  );
}
