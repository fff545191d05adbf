import { For, Show } from 'solid-js';
import { fieldIds } from '../../engine/definition/fieldIds';
import type { FieldOption } from '../../engine/fields/fieldBase';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { describedBy } from './describedBy';
import { FieldLabel } from './FieldLabel';
import { FieldNotes } from './FieldNotes';
import { showsCards } from './showsCards';
import type { FieldProps } from './types';

type Choice = FieldOf<'radio' | 'checkboxes' | 'rating'>;

function choices(field: Choice): FieldOption[] {
  if (field.kind !== 'rating') return field.options;
  return Array.from({ length: field.max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
}

function picked(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

/**
 * Radio groups, checkbox groups and ratings: a fieldset whose first input carries the field's
 * id, so the error summary's link and the focus after a failed submit land on it.
 */
export function ChoiceField(props: FieldProps<Choice>) {
  const ids = () => fieldIds(props.field.name);
  const type = () => (props.field.kind === 'checkboxes' ? 'checkbox' : 'radio');
  const asCards = () => showsCards(props.field);
  return (
    <fieldset
      class={`fw-field fw-choices${props.field.kind === 'rating' ? ' fw-rating' : ''}`}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.field, props.error)}
    >
      <legend class="fw-label">
        <FieldLabel field={props.field} optionalLabel={props.optionalLabel} />
      </legend>
      <div class="fw-options" classList={{ 'fw-cards': asCards() }}>
        <For each={choices(props.field)}>
          {(option, index) => (
            <label class="fw-choice">
              <input
                type={type()}
                id={index() === 0 ? ids().input : `${ids().input}-${index()}`}
                name={props.field.name}
                value={option.value}
                checked={picked(props.value).includes(option.value)}
              />
              <Show when={asCards() && option.image}>
                {(image) => (
                  <img
                    class="fw-card-image"
                    src={image().src}
                    alt={image().alt}
                    width="96"
                    height="96"
                    loading="lazy"
                  />
                )}
              </Show>
              <Show when={asCards() && !option.image && option.emoji}>
                <span class="fw-card-emoji" aria-hidden="true">
                  {option.emoji}
                </span>
              </Show>
              <span class="fw-choice-text">{option.label}</span>
              <Show when={props.keys && props.field.kind !== 'rating' && index() < 26}>
                <span class="fw-key" aria-hidden="true">
                  {String.fromCharCode(65 + index())}
                </span>
              </Show>
            </label>
          )}
        </For>
      </div>
      <FieldNotes field={props.field} error={props.error} />
    </fieldset>
  );
}
