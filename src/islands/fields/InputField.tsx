import { type JSX, Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import { isRelative } from '../../engine/fields/date/relativeDay';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import type { InputHints } from '../../engine/fields/inputHints';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

/** The kinds shown as one line of text. */
export type SingleLineKind = 'text' | 'email' | 'tel' | 'number' | 'date';

/** A single-line input, with the type, keyboard and autofill its kind gives (`hints`). */
export function InputField(
  props: FieldProps<FieldOf<SingleLineKind>> & { hints: InputHints; before?: JSX.Element; placeholder?: string },
) {
  const hints = () => props.hints;
  const bound = (key: 'min' | 'max') => {
    if (props.field.kind === 'number') return props.field[key];
    if (props.field.kind !== 'date') return undefined;
    const written = props.field[key];
    return written === undefined || isRelative(written) ? undefined : written;
  };
  const unit = () => (props.field.kind === 'number' ? props.field.unit : undefined);
  return (
    <div class="fw-field">
      <label class="fw-label" for={fieldIds(props.field.name).input}>
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </label>
      <div class="fw-input-row">
        {props.before}
        <input
          id={fieldIds(props.field.name).input}
          name={props.field.name}
          type={hints().type}
          inputmode={hints().inputmode}
          autocomplete={hints().autocomplete}
          placeholder={props.placeholder ?? props.field.placeholder}
          min={bound('min')}
          max={bound('max')}
          value={typeof props.value === 'string' || typeof props.value === 'number' ? String(props.value) : ''}
          required={props.field.required}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.field, props.error)}
        />
        <Show when={unit()}>
          <span class="fw-unit">{unit()}</span>
        </Show>
      </div>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
