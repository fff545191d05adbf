import { createEffect, createSignal, For, type JSX, Show } from 'solid-js';
import type { Problem } from '../engine/definition/problem';
import { controlId, type Path } from './draftStore';
import { problemsAt, useStudio } from './studioContext';

interface SettingProps {
  path: Path;
  label: string;
  help?: string | undefined;
  /** Extra class for the setting's box (e.g. "st-wide" to span the grid). */
  class?: string;
}

/** What the checks say about one setting, under it; its id is what the control's aria-describedby names. */
export function ProblemText(props: { path: Path; problems?: Problem[] }) {
  const studio = useStudio();
  const found = () => props.problems ?? problemsAt(studio.problems(), props.path);
  return (
    <Show when={found().length > 0}>
      <p class="st-problem" id={`${controlId(props.path)}-problem`}>
        <For each={found()}>{(problem) => <span>{capitalise(problem.message)}. </span>}</For>
      </p>
    </Show>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label, help and problem around one control, wired for screen readers. */
function SettingBox(props: SettingProps & { children: (aria: Aria) => JSX.Element }) {
  const studio = useStudio();
  const id = () => controlId(props.path);
  const invalid = () => problemsAt(studio.problems(), props.path).length > 0;
  const described = () =>
    [invalid() && `${id()}-problem`, props.help && `${id()}-help`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`st-setting ${props.class ?? ''}`} data-path={props.path.join('.')}>
      <label for={id()}>{props.label}</label>
      {props.children({ id: id(), 'aria-describedby': described(), 'aria-invalid': invalid() ? 'true' : undefined })}
      <Show when={props.help}>
        <p class="st-help" id={`${id()}-help`}>
          {props.help}
        </p>
      </Show>
      <ProblemText path={props.path} />
    </div>
  );
}

interface Aria {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

/** A line (or a box) of text; left empty, an optional setting is taken out of the form. */
export function TextSetting(
  props: SettingProps & {
    multiline?: boolean;
    placeholder?: string;
    /** Keep '' rather than removing the setting (for settings the form must have). */
    keepEmpty?: boolean;
    type?: 'text' | 'url' | 'date';
    spellcheck?: boolean;
    maxLength?: number;
    /** Told of each change after it is written, with the text before it. */
    onText?: (text: string, before: string) => void;
  },
) {
  const { draft } = useStudio();
  const value = () => {
    const current = draft.get(props.path);
    return typeof current === 'string' ? current : '';
  };
  const write = (text: string) => {
    const before = value();
    draft.set(props.path, text === '' && !props.keepEmpty ? undefined : text);
    props.onText?.(text, before);
  };
  return (
    <SettingBox {...props}>
      {(aria) =>
        props.multiline ? (
          <textarea
            {...aria}
            rows="3"
            value={value()}
            placeholder={props.placeholder}
            onInput={(e) => write(e.currentTarget.value)}
          />
        ) : (
          <input
            {...aria}
            type={props.type ?? 'text'}
            value={value()}
            placeholder={props.placeholder}
            spellcheck={props.spellcheck}
            maxLength={props.maxLength}
            onInput={(e) => write(e.currentTarget.value)}
          />
        )
      }
    </SettingBox>
  );
}

/** A comma-separated list of short values (ids, hostnames); left empty, the setting is taken out of the form. */
export function ListSetting(props: SettingProps & { spellcheck?: boolean }) {
  const { draft } = useStudio();
  const value = () => {
    const current = draft.get(props.path);
    return Array.isArray(current) ? current.join(', ') : '';
  };
  return (
    <SettingBox {...props}>
      {(aria) => (
        <input
          {...aria}
          value={value()}
          spellcheck={props.spellcheck}
          onInput={(e) => {
            const list = e.currentTarget.value
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean);
            draft.set(props.path, list.length > 0 ? list : undefined);
          }}
        />
      )}
    </SettingBox>
  );
}

/**
 * A number. What is typed stays as typed while the control has focus ("1." on the way to "1.5");
 * the draft gets the number as soon as it is one, and nothing while the box is empty.
 */
export function NumberSetting(
  props: SettingProps & { min?: number | undefined; step?: number | undefined; keepEmpty?: boolean },
) {
  const { draft } = useStudio();
  const stored = () => {
    const current = draft.get(props.path);
    return typeof current === 'number' ? String(current) : '';
  };
  const [text, setText] = createSignal(stored());
  let focused = false;
  createEffect(() => {
    const next = stored();
    if (!focused) setText(next);
  });
  const write = (typed: string) => {
    setText(typed);
    const number = typed.trim() === '' ? undefined : Number(typed.replace(',', '.'));
    if (number === undefined) draft.set(props.path, props.keepEmpty ? 0 : undefined);
    else if (Number.isFinite(number)) draft.set(props.path, number);
  };
  return (
    <SettingBox {...props}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          inputmode="decimal"
          value={text()}
          onFocus={() => (focused = true)}
          onBlur={() => {
            focused = false;
            setText(stored());
          }}
          onInput={(e) => write(e.currentTarget.value)}
        />
      )}
    </SettingBox>
  );
}

/** A yes/no setting; unticked removes it (every such setting defaults to no). */
export function BoolSetting(props: SettingProps & { whenOff?: false }) {
  const { draft } = useStudio();
  const id = () => controlId(props.path);
  return (
    <div class={`st-setting st-check ${props.class ?? ''}`} data-path={props.path.join('.')}>
      <input
        id={id()}
        type="checkbox"
        checked={draft.get(props.path) === true}
        aria-describedby={props.help ? `${id()}-help` : undefined}
        onChange={(e) => draft.set(props.path, e.currentTarget.checked ? true : props.whenOff)}
      />
      <label for={id()}>{props.label}</label>
      <Show when={props.help}>
        <p class="st-help" id={`${id()}-help`}>
          {props.help}
        </p>
      </Show>
      <ProblemText path={props.path} />
    </div>
  );
}

/** One of a few values; the choice with value '' removes the setting. */
export function ChoiceSetting(
  props: SettingProps & { choices: readonly { value: string; label: string }[]; keepEmpty?: boolean },
) {
  const { draft } = useStudio();
  const value = () => {
    const current = draft.get(props.path);
    return current === undefined ? '' : String(current);
  };
  return (
    <SettingBox {...props}>
      {(aria) => (
        <select
          {...aria}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            draft.set(props.path, chosen === '' && !props.keepEmpty ? undefined : chosen);
          }}
        >
          <For each={props.choices}>
            {(choice) => (
              <option value={choice.value} selected={choice.value === value()}>
                {choice.label}
              </option>
            )}
          </For>
        </select>
      )}
    </SettingBox>
  );
}

/** Up and down buttons for one item of a list, named after it, that keep the focus on the moved item's button. */
export function MoveButtons(props: {
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
}) {
  const move = (event: MouseEvent, by: number) => {
    const button = event.currentTarget as HTMLButtonElement;
    const which = button.dataset.move;
    const list = button.closest('[data-list]');
    // Read before the move: a list drawn by position gives this very button the next item's props.
    const item = `[data-item="${CSS.escape(props.name)}"]`;
    props.onMove(props.index, props.index + by);
    // The item moved in the DOM with its buttons; keep the focus where the keyboard user left it.
    // A move can redraw the whole list (a step's list is rebuilt), so look again from the document then.
    requestAnimationFrame(() => {
      const scope = list?.isConnected ? list : document;
      const again = scope.querySelector<HTMLButtonElement>(`[data-move="${which}"]${item}`);
      (again && !again.disabled ? again : scope.querySelector<HTMLButtonElement>(item))?.focus();
    });
  };
  return (
    <>
      <button
        type="button"
        class="st-icon"
        data-move="up"
        data-item={props.name}
        disabled={props.index === 0}
        onClick={(e) => move(e, -1)}
      >
        <span aria-hidden="true">↑</span>
        <span class="ad-sr">Move “{props.name}” up</span>
      </button>
      <button
        type="button"
        class="st-icon"
        data-move="down"
        data-item={props.name}
        disabled={props.index === props.count - 1}
        onClick={(e) => move(e, 1)}
      >
        <span aria-hidden="true">↓</span>
        <span class="ad-sr">Move “{props.name}” down</span>
      </button>
    </>
  );
}

/** A copy of a list with one item moved from one place to another. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}
