import { Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';
import { hasLiveResults, headline, resultsHint, shownFigures, showsOutcome } from './resultLines';

/**
 * Results while the visitor answers: every shown calculation (a dash until it can be computed)
 * and, for an ungated quiz, the best match so far, as the page's answers give them. The enhancer
 * (src/islands/plain/paintResults.ts) fills them in as answers change, and shows a slim bar at the
 * bottom of the screen that keeps the main figure (or match) in sight while the section is out of view.
 */
export function LiveResults(props: {
  form: PublicForm;
  results: VisitorResults | undefined;
  msg: Messages;
  /** Not on this step: in the page for the enhancer to show when the visitor gets there. */
  hidden: boolean;
}) {
  const figures = () => shownFigures(props.form, props.results);
  return (
    <Show when={hasLiveResults(props.form)}>
      <section class="fw-results" aria-live="polite" aria-labelledby="fw-results-title" hidden={props.hidden}>
        <h2 id="fw-results-title">{props.msg.results}</h2>
        {/* The same rows before and after the code arrives, so nothing below moves when the figures change. */}
        <Show when={figures().length > 0}>
          <FigureList figures={figures()} />
        </Show>
        <Show when={showsOutcome(props.form)}>
          <p class="fw-match">
            {props.msg.bestMatch}: <strong>{props.results?.outcome?.title ?? '—'}</strong>
          </p>
        </Show>
        <p class="fw-hint">{resultsHint(props.form, props.results, false, props.msg)}</p>
      </section>
      {/* A copy of what the section above announces: hidden from assistive technology, which hears the section. */}
      {/* Hidden until the enhancer runs: without it the bar would not follow the answers. */}
      <div class="fw-result-bar fw-result-bar-away" aria-hidden="true" hidden>
        <span>{headline(props.form, props.results, props.msg)?.label}</span>
        <strong>{headline(props.form, props.results, props.msg)?.text}</strong>
      </div>
    </Show>
  );
}
