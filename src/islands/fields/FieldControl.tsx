import { Match, Switch } from 'solid-js';
import type { Field } from '../../engine/definition/fieldKinds';
import { ConsentField } from './ConsentField';
import { InputField } from './InputField';
import { RadioField } from './RadioField';
import { SelectField } from './SelectField';
import { TextareaField } from './TextareaField';
import type { FieldProps } from './types';

type Of<K extends Field['kind']> = Extract<Field, { kind: K }>;

function narrow<K extends Field['kind']>(props: FieldProps, ...kinds: K[]): FieldProps<Of<K>> | false {
  return (kinds as string[]).includes(props.field.kind) && (props as FieldProps<Of<K>>);
}

/** Picks the control for a field's kind. */
export function FieldControl(props: FieldProps) {
  return (
    <Switch>
      <Match when={narrow(props, 'text', 'email', 'tel')}>{(p) => <InputField {...p()} />}</Match>
      <Match when={narrow(props, 'textarea')}>{(p) => <TextareaField {...p()} />}</Match>
      <Match when={narrow(props, 'select')}>{(p) => <SelectField {...p()} />}</Match>
      <Match when={narrow(props, 'radio')}>{(p) => <RadioField {...p()} />}</Match>
      <Match when={narrow(props, 'consent')}>{(p) => <ConsentField {...p()} />}</Match>
    </Switch>
  );
}
