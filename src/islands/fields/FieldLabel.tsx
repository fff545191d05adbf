import { Show } from 'solid-js';
import type { Field } from '../../engine/fields/fieldKinds';

/** The question text, marked "(optional)" when the field is not required. */
export function FieldLabel(props: { field: Field; optionalLabel: string }) {
  return (
    <>
      {props.field.label}
      <Show when={!props.field.required}>
        <span class="fw-optional"> ({props.optionalLabel})</span>
      </Show>
    </>
  );
}
