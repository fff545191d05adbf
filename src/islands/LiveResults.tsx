import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';
import { hasLiveResults, headline, resultsHint, shownFigures, showsOutcome } from './resultLines';

/**
 * Results while the visitor answers: every shown calculation (a note until it can be computed)
 * and, for an ungated quiz, the best match so far. Before JavaScript runs it says the results
 * come with the reply to the form. While the full results are out of view, a slim bar at the
 * bottom of the screen keeps the main figure (or match) in sight as sliders move.
 */
export function LiveResults(props: {
  form: PublicForm;
  results: VisitorResults | undefined;
  enhanced: boolean;
  msg: Messages;
  /** For the plain enhancer (plain/paintResults.ts): the bar is in the page, hidden, for it to fill in. */
  plain?: boolean | undefined;
  /** Not on this step: in the page for the plain enhancer to show when the visitor gets there. */
  hidden?: boolean | undefined;
}) {
  const figures = () => shownFigures(props.form, props.results);
  const top = () => headline(props.form, props.results, props.msg);
  const [inView, setInView] = createSignal(true);
  let section: HTMLElement | undefined;
  onMount(() => {
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true));
    observer.observe(section);
    onCleanup(() => observer.disconnect());
  });
  return (
    <Show when={hasLiveResults(props.form)}>
      <section
        ref={section}
        class="fw-results"
        aria-live="polite"
        aria-labelledby="fw-results-title"
        hidden={props.hidden}
      >
        <h2 id="fw-results-title">{props.msg.results}</h2>
        {/* The same rows before and after the code arrives, so nothing below moves when the figures fill in. */}
        <Show when={figures().length > 0}>
          <FigureList figures={figures()} />
        </Show>
        <Show when={showsOutcome(props.form)}>
          <p class="fw-match">
            {props.msg.bestMatch}: <strong>{props.results?.outcome?.title ?? '—'}</strong>
          </p>
        </Show>
        <p class="fw-hint">{resultsHint(props.form, props.results, props.enhanced, props.msg)}</p>
      </section>
      {/* A copy of what the section above announces: hidden from assistive technology, which hears the section. */}
      <Show when={(props.enhanced && top()) || props.plain}>
        <div
          class="fw-result-bar"
          classList={{ 'fw-result-bar-away': inView() }}
          aria-hidden="true"
          hidden={props.plain || undefined}
        >
          <span>{top()?.label}</span>
          <strong>{top()?.text}</strong>
        </div>
      </Show>
    </Show>
  );
}
