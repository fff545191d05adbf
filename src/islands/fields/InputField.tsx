import { Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import type { InputHints } from '../../engine/fields/inputHints';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

/** The kinds shown as one line of text. */
export type SingleLineKind = 'text' | 'email' | 'tel' | 'number' | 'date';

/** A single-line input, with the type, keyboard and autofill its kind gives (`hints`). */
export function InputField(props: FieldProps<FieldOf<SingleLineKind>> & { hints: InputHints }) {
  const hints = () => props.hints;
  const bound = (key: 'min' | 'max') =>
    props.field.kind === 'date' || props.field.kind === 'number' ? props.field[key] : undefined;
  const unit = () => (props.field.kind === 'number' ? props.field.unit : undefined);
  return (
    <div class="fw-field">
      <label class="fw-label" for={fieldIds(props.field.name).input}>
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </label>
      <div class="fw-input-row">
        <input
          id={fieldIds(props.field.name).input}
          name={props.field.name}
          type={hints().type}
          inputmode={hints().inputmode}
          autocomplete={hints().autocomplete}
          placeholder={props.field.placeholder}
          min={bound('min')}
          max={bound('max')}
          value={typeof props.value === 'string' || typeof props.value === 'number' ? String(props.value) : ''}
          required={props.field.required}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.field, props.error)}
          onBlur={props.onBlur}
        />
        <Show when={unit()}>
          <span class="fw-unit">{unit()}</span>
        </Show>
      </div>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
