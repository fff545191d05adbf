import { For, Match, Show, Switch, untrack } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import type { FieldSetting } from '../engine/fields/fieldEditor';
import { FIELD_EDITORS } from '../engine/fields/fieldEditors';
import type { Field, FieldKind } from '../engine/fields/fieldKinds';
import { isAutomaticName, nameFromLabel } from '../engine/studio/autoNames';
import { renameField } from '../engine/studio/renameField';
import { ConditionEditor, type Subject } from './ConditionEditor';
import {
  BoolSetting,
  ChoiceSetting,
  capitalise,
  MoveButtons,
  NumberSetting,
  ProblemText,
  TextSetting,
} from './controls';
import { controlId, type Path } from './draftStore';
import { OptionsEditor } from './OptionsEditor';
import { useStudio } from './studioContext';

const TYPED = new Set<FieldKind>(['text', 'textarea', 'email', 'tel', 'number', 'date']);

/** One question: its summary line (with its problems counted) and, opened, every setting it has. */
export function FieldCard(props: {
  index: number;
  position: number;
  count: number;
  earlier: readonly Subject[];
  steps: readonly { id: string; title: string }[];
  stepId: string | undefined;
  onMove: (from: number, to: number) => void;
  onMoveToStep: (name: string, stepId: string) => void;
  onRemove: (name: string) => void;
}) {
  const { draft, problems } = useStudio();
  const field = () => (draft.draft as FormInput).fields[props.index] as Field;
  const path = (): Path => ['fields', props.index];
  const editor = () => FIELD_EDITORS[field().kind];
  const found = () => problems().filter((p) => p.path[0] === 'fields' && p.path[1] === props.index);
  const name = () => field().name;

  return (
    <li
      class="st-field"
      data-path={path().join('.')}
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('application/x-formwell-question')) e.preventDefault();
      }}
      onDrop={(e) => {
        const from = Number(e.dataTransfer?.getData('application/x-formwell-question'));
        e.preventDefault();
        if (Number.isInteger(from) && from !== props.position) props.onMove(from, props.position);
      }}
    >
      <span
        class="st-drag"
        draggable="true"
        aria-hidden="true"
        title="Drag to reorder"
        onDragStart={(e) => {
          e.dataTransfer?.setData('application/x-formwell-question', String(props.position));
          if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        }}
      >
        ⠿
      </span>
      {/* Opened at first when it has problems; after that the owner opens and closes it. */}
      <details open={untrack(() => found().length > 0) || undefined}>
        <summary>
          <span class="st-field-label">{field().label || '(no question yet)'}</span>
          <span class="st-field-kind">{editor().label}</span>
          <Show when={field().required}>
            <span class="st-tag">Required</span>
          </Show>
          <Show when={field().showIf}>
            <span class="st-tag">Conditional</span>
          </Show>
          <Show when={found().length > 0}>
            <span class="st-tag st-tag-problem">
              {found().length} {found().length === 1 ? 'problem' : 'problems'}
            </span>
          </Show>
        </summary>
        <div class="st-field-body">
          <div class="st-grid">
            <TextSetting
              path={[...path(), 'label']}
              label="Question"
              keepEmpty
              class="st-wide"
              onText={(label, before) => {
                // A name the studio made follows the question, so exports read "budget", not "question_3".
                const from = name();
                const to = nameFromLabel(label);
                const taken = (draft.draft as FormInput).fields.some(
                  (each, i) => i !== props.index && each.name === to,
                );
                if (to && to !== from && !taken && isAutomaticName(from, before))
                  draft.edit((form) => {
                    renameField(form, from, to);
                  });
              }}
            />
            <KindChoice index={props.index} />
            <NameSetting index={props.index} />
            <TextSetting
              path={[...path(), 'help']}
              label="Help text"
              help="Shown under the question."
              class="st-wide"
            />
            <Show when={TYPED.has(field().kind)}>
              <TextSetting path={[...path(), 'placeholder']} label="Example inside the box" />
            </Show>
            <Show when={field().kind !== 'hidden'}>
              <BoolSetting path={[...path(), 'required']} label="An answer is required" />
            </Show>
            <For each={editor().settings.filter((s) => s.control !== 'options')}>
              {(setting) => <KindSetting path={[...path(), setting.key]} setting={setting} />}
            </For>
          </div>
          <Show when={editor().settings.some((s) => s.control === 'options')}>
            <OptionsEditor path={[...path(), 'options']} />
          </Show>
          <ConditionEditor
            path={[...path(), 'showIf']}
            subjects={props.earlier}
            label="When to ask it"
            alwaysLabel="Always"
            onlyIfLabel="Only when"
          />
          <ProblemText path={path()} />
        </div>
      </details>
      <div class="st-item-actions">
        <MoveButtons name={field().label || name()} index={props.position} count={props.count} onMove={props.onMove} />
        <Show when={props.steps.length > 1}>
          <select
            id={`${controlId(path())}-step`}
            aria-label={`Step of “${field().label || name()}”`}
            onChange={(e) => props.onMoveToStep(name(), e.currentTarget.value)}
          >
            <For each={props.steps}>
              {(step, i) => (
                <option value={step.id} selected={step.id === props.stepId}>
                  Step {i() + 1}: {step.title}
                </option>
              )}
            </For>
          </select>
        </Show>
        <button type="button" class="st-icon" onClick={() => props.onRemove(name())}>
          <span aria-hidden="true">×</span>
          <span class="ad-sr">Remove “{field().label || name()}”</span>
        </button>
      </div>
    </li>
  );
}

/** A kind's own setting, drawn from what the kind declares (src/engine/fields/<kind>/<kind>Editor.ts). */
function KindSetting(props: { path: Path; setting: FieldSetting }) {
  const s = () => props.setting;
  return (
    <Switch>
      <Match when={s().control === 'number'}>
        <NumberSetting path={props.path} label={s().label} help={s().help} />
      </Match>
      <Match when={s().control === 'boolean'}>
        <BoolSetting path={props.path} label={s().label} help={s().help} />
      </Match>
      <Match when={s().control === 'choice'}>
        <ChoiceSetting path={props.path} label={s().label} help={s().help} choices={choicesOf(s())} />
      </Match>
      <Match when={s().control === 'textarea'}>
        <TextSetting path={props.path} label={s().label} help={s().help} multiline class="st-wide" keepEmpty />
      </Match>
      <Match when={s().control === 'date'}>
        <TextSetting path={props.path} label={s().label} help={s().help} type="date" />
      </Match>
      <Match when={true}>
        <TextSetting path={props.path} label={s().label} help={s().help} />
      </Match>
    </Switch>
  );
}

function choicesOf(setting: FieldSetting): readonly { value: string; label: string }[] {
  return setting.control === 'choice' ? setting.choices : [];
}

/** The field's name (the key in exports, webhooks and formulas): renaming it renames every reference. */
function NameSetting(props: { index: number }) {
  const { draft, problems } = useStudio();
  const path = (): Path => ['fields', props.index, 'name'];
  const id = () => controlId(path());
  const name = () => ((draft.draft as FormInput).fields[props.index] as Field).name;
  const invalid = () => problems().some((p) => p.path.join('.') === path().join('.'));
  return (
    <div class="st-setting" data-path={path().join('.')}>
      <label for={id()}>Name in exports</label>
      <input
        id={id()}
        value={name()}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={invalid() ? 'true' : undefined}
        aria-describedby={`${id()}-help${invalid() ? ` ${id()}-problem` : ''}`}
        onInput={(e) => {
          const to = e.currentTarget.value;
          const from = name();
          draft.edit((form) => {
            renameField(form, from, to);
          });
        }}
      />
      <p class="st-help" id={`${id()}-help`}>
        Lower-case letters, digits and _; conditions and formulas that use it follow a rename.
      </p>
      <ProblemText path={path()} />
    </div>
  );
}

/** The kind of a question; changing it keeps the wording, the name and when it is asked. */
function KindChoice(props: { index: number }) {
  const { draft } = useStudio();
  const field = () => (draft.draft as FormInput).fields[props.index] as Field;
  const id = () => controlId(['fields', props.index, 'kind']);
  return (
    <div class="st-setting">
      <label for={id()}>Kind of answer</label>
      <select
        id={id()}
        onChange={(e) => {
          const kind = e.currentTarget.value as FieldKind;
          const { name, label, help, required, showIf } = field();
          const kept = { name, label, ...(help && { help }), ...(required && { required }), ...(showIf && { showIf }) };
          draft.set(['fields', props.index], { ...structuredClone(FIELD_EDITORS[kind].starter), ...kept });
        }}
      >
        <For each={Object.entries(FIELD_EDITORS)}>
          {([kind, editor]) => (
            <option value={kind} selected={kind === field().kind}>
              {editor.label}
            </option>
          )}
        </For>
      </select>
      <p class="st-help">{capitalise(FIELD_EDITORS[field().kind].description)}</p>
    </div>
  );
}
