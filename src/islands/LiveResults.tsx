import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';

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
}) {
  const figures = () =>
    props.form.calculations
      .filter((calculation) => calculation.show)
      .map((calculation) => {
        const figure = props.results?.figures.find((f) => f.name === calculation.name);
        return {
          name: calculation.name,
          label: calculation.label,
          help: calculation.help,
          text: figure?.text ?? '—',
          ready: figure !== undefined,
        };
      });
  const showOutcome = () => props.form.quiz !== undefined && !props.form.quiz.gate;
  const headline = () => {
    const first = figures().find((figure) => figure.ready);
    if (first) return { label: first.label, text: first.text };
    const outcome = showOutcome() ? props.results?.outcome?.title : undefined;
    return outcome ? { label: props.msg.bestMatch, text: outcome } : undefined;
  };
  const [inView, setInView] = createSignal(true);
  let section: HTMLElement | undefined;
  onMount(() => {
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true));
    observer.observe(section);
    onCleanup(() => observer.disconnect());
  });
  return (
    <Show when={figures().length > 0 || showOutcome()}>
      <section ref={section} class="fw-results" aria-live="polite" aria-labelledby="fw-results-title">
        <h2 id="fw-results-title">{props.msg.results}</h2>
        {/* The same rows before and after the code arrives, so nothing below moves when the figures fill in. */}
        <Show when={figures().length > 0}>
          <FigureList figures={figures()} />
        </Show>
        <Show when={showOutcome()}>
          <p class="fw-match">
            {props.msg.bestMatch}: <strong>{props.results?.outcome?.title ?? '—'}</strong>
          </p>
        </Show>
        <p class="fw-hint">
          {!props.enhanced
            ? props.msg.resultsOnSend
            : figures().some((figure) => !figure.ready) || (showOutcome() && !props.results?.outcome)
              ? props.msg.notYet
              : props.msg.resultsLive}
        </p>
      </section>
      {/* A copy of what the section above announces: hidden from assistive technology, which hears the section. */}
      <Show when={props.enhanced && headline()}>
        {(shown) => (
          <div class="fw-result-bar" classList={{ 'fw-result-bar-away': inView() }} aria-hidden="true">
            <span>{shown().label}</span>
            <strong>{shown().text}</strong>
          </div>
        )}
      </Show>
    </Show>
  );
}
