import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { describedBy } from './describedBy';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

/** Never ticked in advance: only a value the visitor sent back ticks it again. */
export function ConsentField(props: FieldProps<FieldOf<'consent'>>) {
  return (
    <div class="fw-field fw-consent">
      <label class="fw-choice" for={fieldIds(props.field.name).input}>
        <input
          type="checkbox"
          id={fieldIds(props.field.name).input}
          name={props.field.name}
          value="yes"
          checked={props.value === 'yes' || props.value === true}
          required={props.field.required}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.field, props.error)}
        />
        <span>{props.field.text}</span>
      </label>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
