import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { rangeText } from '../../engine/fields/range/rangeText';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import type { FieldProps } from './types';

/** A slider that always holds a value; the current value is written out beside it. */
export function RangeField(props: FieldProps<FieldOf<'range'>>) {
  const start = () => {
    const given = Number(props.value);
    return props.value !== undefined && Number.isFinite(given) ? given : (props.field.initial ?? props.field.min);
  };
  const ids = () => fieldIds(props.field.name);
  return (
    <div class="fw-field">
      <label class="fw-label" for={ids().input}>
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </label>
      <div class="fw-input-row">
        <input
          id={ids().input}
          name={props.field.name}
          type="range"
          min={props.field.min}
          max={props.field.max}
          step={props.field.step}
          value={start()}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.field, props.error)}
        />
        <output class="fw-unit" for={ids().input}>
          {rangeText(start(), props.locale, props.field.unit)}
        </output>
      </div>
      <FieldNotes field={props.field} error={props.error} />
    </div>
  );
}
