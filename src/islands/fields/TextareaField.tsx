import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/definition/fieldKinds';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

export function TextareaField(props: FieldProps<Extract<Field, { kind: 'textarea' }>>) {
  return (
    <div class="fw-field">
      <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      <textarea
        id={fieldIds(props.field.name).input}
        name={props.field.name}
        rows={4}
        placeholder={props.field.placeholder}
        required={props.field.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.field, props.error)}
        onBlur={props.onBlur}
        onInput={props.onInput}
      >
        {typeof props.value === 'string' ? props.value : ''}
      </textarea>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
