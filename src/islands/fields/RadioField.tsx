import { For, Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/definition/fieldKinds';
import { describedBy } from './describedBy';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

/** A radio group in a fieldset; the first radio carries the field's id so links and focus land on it. */
export function RadioField(props: FieldProps<Extract<Field, { kind: 'radio' }>>) {
  const ids = () => fieldIds(props.field.name);
  return (
    <fieldset
      class="fw-field fw-choices"
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.field, props.error)}
    >
      <legend class="fw-label">
        {props.field.label}
        <Show when={!props.field.required}>
          <span class="fw-optional"> ({props.optionalLabel})</span>
        </Show>
      </legend>
      <For each={props.field.options}>
        {(option, index) => (
          <label class="fw-choice">
            <input
              type="radio"
              id={index() === 0 ? ids().input : `${ids().input}-${index()}`}
              name={props.field.name}
              value={option.value}
              checked={props.value === option.value}
              required={props.field.required}
              onBlur={props.onBlur}
              onChange={props.onInput}
            />
            <span>{option.label}</span>
          </label>
        )}
      </For>
      <FieldNotes field={props.field} error={props.error} />
    </fieldset>
  );
}
