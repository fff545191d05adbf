import type { PublicForm } from '../../engine/definition/publicForm';
import type { Messages } from '../../engine/i18n/messages';
import type { VisitorResults } from '../../engine/scoring/visitorResults';
import { headline, resultsHint, shownFigures } from '../resultLines';

export interface ResultsPainter {
  /** Shows the results on the steps they belong to (the page holds them, hidden, on the others). */
  show(here: boolean): void;
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
  if (bar && typeof IntersectionObserver !== 'undefined') {
    new IntersectionObserver(([entry]) => {
      bar.classList.toggle('fw-result-bar-away', entry?.isIntersecting ?? true);
    }).observe(section);
  }
  let here = !section.hidden;
  let top: { label: string; text: string } | undefined;
  const place = () => {
    section.hidden = !here;
    if (bar) bar.hidden = !here || top === undefined;
  };
  return {
    show(shown) {
      here = shown;
      place();
    },
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
      top = headline(definition, results, msg);
      const [label, text] = [bar?.querySelector('span'), bar?.querySelector('strong')];
      if (label) label.textContent = top?.label ?? '';
      if (text) text.textContent = top?.text ?? '';
      place();
    },
  };
}
