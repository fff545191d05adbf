import { Show } from 'solid-js';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Figure } from '../engine/scoring/visitorResults';
import { FigureList } from './FigureList';

/**
 * The page after a calculator is sent: the thank-you text and the figures the Worker computed.
 * The island shows it in place; without JavaScript the Worker renders the same component.
 */
export function ResultView(props: {
  thankYou: PublicForm['thankYou'];
  figures: Figure[];
  ref?: (el: HTMLElement) => void;
}) {
  return (
    <section class="fw-done" tabindex="-1" ref={props.ref} aria-labelledby="fw-done-title">
      <h2 id="fw-done-title">{props.thankYou.title}</h2>
      <p>{props.thankYou.body}</p>
      <FigureList figures={props.figures.map((f) => ({ ...f, ready: true }))} />
      <Show when={props.thankYou.link}>
        {(link) => (
          <p>
            <a class="fw-cta" href={link().href}>
              {link().label}
            </a>
          </p>
        )}
      </Show>
    </section>
  );
}
