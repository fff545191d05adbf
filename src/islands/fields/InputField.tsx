import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/definition/fieldKinds';
import { inputHints } from '../../engine/definition/inputHints';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

type SingleLine = Extract<Field, { kind: 'text' | 'email' | 'tel' }>;

/** Text, email and phone inputs: one control, with the keyboard and autofill that suit the kind. */
export function InputField(props: FieldProps<SingleLine>) {
  const hints = () => inputHints(props.field);
  return (
    <div class="fw-field">
      <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      <input
        id={fieldIds(props.field.name).input}
        name={props.field.name}
        type={hints().type}
        inputmode={hints().inputmode}
        autocomplete={hints().autocomplete}
        placeholder={props.field.placeholder}
        value={typeof props.value === 'string' ? props.value : ''}
        required={props.field.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.field, props.error)}
        onBlur={props.onBlur}
        onInput={props.onInput}
      />
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
