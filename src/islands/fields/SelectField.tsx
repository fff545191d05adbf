import { For } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { messages } from '../../engine/i18n/messages';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

export function SelectField(props: FieldProps<FieldOf<'select'>>) {
  return (
    <div class="fw-field">
      <label class="fw-label" for={fieldIds(props.field.name).input}>
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </label>
      <select
        id={fieldIds(props.field.name).input}
        name={props.field.name}
        required={props.field.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.field, props.error)}
      >
        <option value="">{props.field.placeholder ?? messages(props.locale).chooseFirst}</option>
        <For each={props.field.options}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
