import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

export function TextareaField(props: FieldProps<FieldOf<'textarea'>>) {
  return (
    <div class="fw-field">
      <label class="fw-label" for={fieldIds(props.field.name).input}>
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </label>
      <textarea
        id={fieldIds(props.field.name).input}
        name={props.field.name}
        rows={4}
        placeholder={props.field.placeholder}
        required={props.field.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.field, props.error)}
      >
        {typeof props.value === 'string' ? props.value : ''}
      </textarea>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
