import { For, Show } from 'solid-js';

export interface ShownFigure {
  name: string;
  label: string;
  /** The formatted value, or a note when it cannot be computed yet. */
  text: string;
  ready: boolean;
  help?: string | undefined;
}

/** A calculator's figures as a description list; `<output>` tells assistive technology they are results. */
export function FigureList(props: { figures: ShownFigure[] }) {
  return (
    <dl class="fw-figures">
      <For each={props.figures}>
        {(figure) => (
          <div class="fw-figure" data-fw-figure={figure.name}>
            <dt>{figure.label}</dt>
            <dd>
              <output classList={{ 'fw-pending': !figure.ready }}>{figure.text}</output>
              <Show when={figure.help}>
                <small>{figure.help}</small>
              </Show>
            </dd>
          </div>
        )}
      </For>
    </dl>
  );
}
