import type { PublicForm } from '../../engine/definition/publicForm';
import type { Messages } from '../../engine/i18n/messages';
import type { VisitorResults } from '../../engine/scoring/visitorResults';
import { headline, resultsHint, shownFigures } from '../resultLines';

export interface ResultsPainter {
  /**
   * Shows the results on the steps they belong to (the page holds them, hidden, on the others),
   * right after `after`: the question they follow, or the last question of a later step.
   */
  show(here: boolean, after: Element | undefined): void;
  /** Whether they are on the visitor's step. */
  shown(): boolean;
  /** Writes the results of the visitor's answers. */
  fill(results: VisitorResults, msg: Messages): void;
}

/**
 * Writes the live results into the section the server rendered (src/islands/LiveResults.tsx):
 * each figure's text, the best match, the line under them, and the bar at the bottom of the
 * screen, which shows only while the section is out of view.
 */
export function paintResults(form: HTMLFormElement, definition: PublicForm): ResultsPainter | undefined {
  const section = form.querySelector<HTMLElement>('.fw-results');
  const bar = form.querySelector<HTMLElement>('.fw-result-bar');
  if (!section) return undefined;
  const observer =
    bar && typeof IntersectionObserver !== 'undefined'
      ? new IntersectionObserver((entries) => {
          bar.classList.toggle('fw-result-bar-away', entries.at(-1)?.isIntersecting ?? true);
        })
      : undefined;
  observer?.observe(section);
  // The server wrote the headline of the answers the page opened with, if there is one.
  let headlined = Boolean(bar?.querySelector('strong')?.textContent);
  const place = () => {
    if (bar) bar.hidden = section.hidden || !headlined;
  };
  return {
    show(here, after) {
      if (after && section.previousElementSibling !== after) after.parentNode?.insertBefore(section, after.nextSibling);
      if (here && section.hidden) {
        // Out of sight until the observer says where the section now is: the bar never covers it.
        bar?.classList.add('fw-result-bar-away');
        observer?.unobserve(section);
        observer?.observe(section);
      }
      section.hidden = !here;
      place();
    },
    shown: () => !section.hidden,
    fill(results, msg) {
      for (const figure of shownFigures(definition, results)) {
        const output = section.querySelector(`[data-fw-figure="${CSS.escape(figure.name)}"] output`);
        if (!output) continue;
        output.textContent = figure.text;
        output.classList.toggle('fw-pending', !figure.ready);
      }
      const match = section.querySelector('.fw-match strong');
      if (match) match.textContent = results.outcome?.title ?? '—';
      const hint = section.querySelector('.fw-hint');
      if (hint) hint.textContent = resultsHint(definition, results, true, msg);
      const top = headline(definition, results, msg);
      headlined = top !== undefined;
      const [label, text] = [bar?.querySelector('span'), bar?.querySelector('strong')];
      if (label) label.textContent = top?.label ?? '';
      if (text) text.textContent = top?.text ?? '';
      place();
    },
  };
}
