import { createSignal } from 'solid-js';
import { createStore, produce, reconcile, unwrap } from 'solid-js/store';
import type { FormInput } from '../engine/definition/formSchema';

/** A path into the draft, as the engine's problems name places: ['fields', 3, 'label']. */
export type Path = readonly (string | number)[];

type Node = Record<string | number, unknown>;

/**
 * The draft being edited, one store for the whole editor. Every control reads and writes by the
 * same path the engine's checks use for their problems, so a problem lands beside its setting.
 * Writing undefined removes the setting (an optional setting left empty is not part of the form).
 */
export function createDraft(initial: FormInput) {
  const [draft, setDraft] = createStore<FormInput>(structuredClone(initial));
  // Counts changes, so saving and checking can follow every edit without watching the whole tree.
  const [changes, setChanges] = createSignal(0);
  const changed = () => setChanges((n) => n + 1);

  const get = (path: Path): unknown => {
    let node: unknown = draft;
    for (const key of path) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Node)[key];
    }
    return node;
  };

  const set = (path: Path, value: unknown) => {
    setDraft(
      produce((root) => {
        let node = root as unknown as Node;
        for (let i = 0; i < path.length - 1; i++) {
          const key = path[i] as string | number;
          const next = node[key];
          // A setting inside a part the form does not have yet (theme.logo) creates the part.
          if (next === null || typeof next !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
          node = node[key] as Node;
        }
        const last = path.at(-1);
        if (last === undefined) return;
        if (value === undefined && !Array.isArray(node)) delete node[last];
        else node[last] = value;
      }),
    );
    changed();
  };

  /** A change of several places at once (moving a question, renaming a field and its references). */
  const edit = (change: (draft: FormInput) => void) => {
    setDraft(produce(change));
    changed();
  };

  /** Puts a whole definition in place (a draft reloaded from the server after a rollback). */
  const replace = (next: FormInput) => {
    setDraft(reconcile(structuredClone(next)));
    changed();
  };

  /** The draft as plain JSON, for saving and checking. */
  const snapshot = (): FormInput => structuredClone(unwrap(draft));

  return { draft, get, set, edit, replace, snapshot, changes };
}

export type Draft = ReturnType<typeof createDraft>;

/** The id of a setting's control, made from its path: "st-fields-3-label". */
export function controlId(path: Path): string {
  return `st-${path.join('-')}`;
}
