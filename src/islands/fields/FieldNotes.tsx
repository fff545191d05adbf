import { Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { Field } from '../../engine/fields/fieldKinds';

/** Help text and error message below a control, with the ids that `describedBy` points to. */
export function FieldNotes(props: { field: Field; error: string | undefined }) {
  const ids = () => fieldIds(props.field.name);
  return (
    <>
      <Show when={props.field.help}>
        <p class="fw-help" id={ids().help}>
          {props.field.help}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="fw-error" id={ids().error}>
          {props.error}
        </p>
      </Show>
    </>
  );
}
