import { For, Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { isAutomaticValue, renameOption, valueFromLabel } from '../engine/studio/autoNames';
import { MoveButtons, moved, NumberSetting, ProblemText, TextSetting } from './controls';
import { controlId, type Path } from './draftStore';
import { useStudio } from './studioContext';

interface Option {
  value: string;
  label: string;
  points?: number | Record<string, number>;
  amount?: number;
  emoji?: string;
}

/** A value for a new option that no other option of the question has. */
function freshValue(options: readonly Option[]): string {
  for (let n = options.length + 1; ; n++) {
    const value = `option-${n}`;
    if (!options.some((option) => option.value === value)) return value;
  }
}

/**
 * The options of a choice question: what the visitor reads, what is stored, and what each is worth
 * to a quiz (points, per category when the quiz has them) or to a calculation (amount).
 */
export function OptionsEditor(props: { path: Path }) {
  const { draft, announce } = useStudio();
  const options = () => (draft.get(props.path) as Option[] | undefined) ?? [];
  const form = () => draft.draft as FormInput;
  const categories = () => form().quiz?.categories ?? [];
  const hasQuiz = () => form().quiz !== undefined;
  const asCards = () => draft.get([...props.path.slice(0, -1), 'cards']) === true;
  const usesAmounts = () => (form().calculations?.length ?? 0) > 0 || options().some((o) => o.amount !== undefined);
  const move = (from: number, to: number) => {
    draft.set(props.path, moved(options(), from, to));
    announce(`Moved “${options()[to]?.label ?? ''}” to position ${to + 1} of ${options().length}.`);
  };
  return (
    <fieldset class="st-options" data-path={props.path.join('.')}>
      <legend>Options</legend>
      <ol class="st-list" data-list>
        <For each={options()}>
          {(option, index) => (
            <li class="st-option">
              <div class="st-grid">
                <TextSetting
                  path={[...props.path, index(), 'label']}
                  label={`Option ${index() + 1}`}
                  keepEmpty
                  onText={(label, before) => {
                    // A value the studio made follows the label; conditions that name it follow too.
                    const at = index();
                    const from = options()[at]?.value ?? '';
                    const to = valueFromLabel(label);
                    const taken = options().some((each, i) => i !== at && each.value === to);
                    if (!to || to === from || taken || !isAutomaticValue(from, before)) return;
                    draft.edit((form) => {
                      const field = form.fields[Number(props.path[1])];
                      const edited = field && 'options' in field ? field.options[at] : undefined;
                      if (!field || !edited) return;
                      edited.value = to;
                      renameOption(form, field.name, from, to);
                    });
                  }}
                />
                <TextSetting
                  path={[...props.path, index(), 'value']}
                  label="Saved as"
                  keepEmpty
                  spellcheck={false}
                  help={index() === 0 ? 'What exports, webhooks and conditions see.' : undefined}
                />
                <Show when={asCards()}>
                  <TextSetting path={[...props.path, index(), 'emoji']} label="Emoji on the card" />
                </Show>
                <Show when={hasQuiz() && categories().length === 0}>
                  <NumberSetting path={[...props.path, index(), 'points']} label="Quiz points" />
                </Show>
                <For each={hasQuiz() ? categories() : []}>
                  {(category) => (
                    <NumberSetting
                      path={[...props.path, index(), 'points', category.id]}
                      label={`Points: ${category.label}`}
                    />
                  )}
                </For>
                <Show when={usesAmounts()}>
                  <NumberSetting
                    path={[...props.path, index(), 'amount']}
                    label="Amount for calculations"
                    help={
                      index() === 0 ? 'The number a formula reads when this option is chosen, e.g. a price.' : undefined
                    }
                  />
                </Show>
              </div>
              <div class="st-item-actions">
                <MoveButtons
                  name={option.label || option.value}
                  index={index()}
                  count={options().length}
                  onMove={move}
                />
                <button
                  type="button"
                  class="st-icon"
                  disabled={options().length === 1}
                  onClick={() => {
                    draft.set(
                      props.path,
                      options().filter((_, i) => i !== index()),
                    );
                    announce(`Removed option “${option.label}”.`);
                  }}
                >
                  <span aria-hidden="true">×</span>
                  <span class="ad-sr">Remove option “{option.label}”</span>
                </button>
              </div>
              <ProblemText path={[...props.path, index()]} />
            </li>
          )}
        </For>
      </ol>
      <button
        type="button"
        class="ad-quiet st-small-button"
        id={`${controlId(props.path)}-add`}
        onClick={() => {
          draft.set(props.path, [...options(), { value: freshValue(options()), label: 'New option' }]);
          requestAnimationFrame(() =>
            document.getElementById(controlId([...props.path, options().length - 1, 'label']))?.focus(),
          );
        }}
      >
        Add an option
      </button>
      <ProblemText path={props.path} />
    </fieldset>
  );
}
