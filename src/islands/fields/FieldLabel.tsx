import { Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/definition/fieldKinds';

export function FieldLabel(props: { field: Field; optionalLabel: string }) {
  return (
    <label class="fw-label" for={fieldIds(props.field.name).input}>
      {props.field.label}
      <Show when={!props.field.required}>
        <span class="fw-optional"> ({props.optionalLabel})</span>
      </Show>
    </label>
  );
}
