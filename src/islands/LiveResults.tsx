import { Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';

/**
 * Results while the visitor answers: every shown calculation (a note until it can be computed)
 * and, for an ungated quiz, the best match so far. Before JavaScript runs it says the results
 * come with the reply to the form.
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
          text: figure?.text ?? props.msg.notYet,
          ready: figure !== undefined,
        };
      });
  const showOutcome = () => props.form.quiz !== undefined && !props.form.quiz.gate;
  return (
    <Show when={figures().length > 0 || showOutcome()}>
      <section class="fw-results" aria-live="polite" aria-labelledby="fw-results-title">
        <h2 id="fw-results-title">{props.msg.results}</h2>
        <Show when={props.enhanced} fallback={<p class="fw-hint">{props.msg.resultsOnSend}</p>}>
          <Show when={figures().length > 0}>
            <FigureList figures={figures()} />
          </Show>
          <Show when={showOutcome()}>
            <p class="fw-match">
              {props.msg.bestMatch}: <strong>{props.results?.outcome?.title ?? props.msg.notYet}</strong>
            </p>
          </Show>
        </Show>
      </section>
    </Show>
  );
}
