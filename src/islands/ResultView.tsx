import { Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Receipt } from '../engine/reply/replySchema';
import type { Figure } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';

/**
 * The page after a calculator is sent, or a form whose thank-you depends on the lead: the thank-you
 * text, the figures the Worker computed, the lead's download and their next step.
 * The island shows it in place; without JavaScript the Worker renders the same component; the plain
 * enhancer fills in a copy rendered into its page (the `data-fw-part`s are the parts a lead's receipt decides).
 */
export function ResultView(props: {
  thankYou: PublicForm['thankYou'];
  figures: Figure[];
  receipt?: Receipt | undefined;
}) {
  return (
    <section class="fw-done" tabindex="-1" aria-labelledby="fw-done-title">
      <h2 id="fw-done-title">{props.thankYou.title}</h2>
      <p>{props.thankYou.body}</p>
      <Show when={props.figures.length > 0}>
        <FigureList figures={props.figures.map((f) => ({ ...f, ready: true }))} />
      </Show>
      <Show when={props.receipt?.download}>
        {(download) => (
          <p data-fw-part="file-link">
            <a class="fw-cta" href={download().href}>
              {download().label}
            </a>
          </p>
        )}
      </Show>
      <Show when={props.receipt?.next}>
        {(next) => (
          <>
            <p data-fw-part="step-text">{next().text}</p>
            <p data-fw-part="step-link">
              <a class="fw-cta" href={next().href}>
                {next().label}
              </a>
            </p>
          </>
        )}
      </Show>
      <Show when={props.thankYou.link}>
        {(link) => (
          <p>
            <a class="fw-cta" href={link().href}>
              {link().label}
            </a>
          </p>
        )}
      </Show>
      <Show when={props.thankYou.site}>
        {(site) => (
          <p>
            <a class="fw-site" href={site().href}>
              {site().label}
            </a>
          </p>
        )}
      </Show>
    </section>
  );
}
