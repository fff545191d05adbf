import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import type { ShownFigure } from './FigureList';

/**
 * What the live results say, for the server's page (LiveResults.tsx) and the enhancer
 * (plain/paintResults.ts) alike: every shown calculation (a dash until it can be computed), the
 * best match of an ungated quiz, the line under them and the headline the result bar repeats.
 */
export function shownFigures(form: PublicForm, results: VisitorResults | undefined): ShownFigure[] {
  return form.calculations
    .filter((calculation) => calculation.show)
    .map((calculation) => {
      const figure = results?.figures.find((f) => f.name === calculation.name);
      return {
        name: calculation.name,
        label: calculation.label,
        help: calculation.help,
        text: figure?.text ?? '—',
        ready: figure !== undefined,
      };
    });
}

/** A quiz names its best match as the visitor answers, unless its outcome is kept for after the send. */
export function showsOutcome(form: PublicForm): boolean {
  return form.quiz !== undefined && !form.quiz.gate;
}

/** Whether the form has live results at all. */
export function hasLiveResults(form: PublicForm): boolean {
  return form.calculations.some((calculation) => calculation.show) || showsOutcome(form);
}

/** The first figure ready, else the best match: what the bar keeps in sight. */
export function headline(
  form: PublicForm,
  results: VisitorResults | undefined,
  msg: Messages,
): { label: string; text: string } | undefined {
  const first = shownFigures(form, results).find((figure) => figure.ready);
  if (first) return { label: first.label, text: first.text };
  const outcome = showsOutcome(form) ? results?.outcome?.title : undefined;
  return outcome ? { label: msg.bestMatch, text: outcome } : undefined;
}

/**
 * The line under the results: until code runs, they are the page's (for its starting answers) or
 * come with the reply; then they are live, or wait for answers.
 */
export function resultsHint(
  form: PublicForm,
  results: VisitorResults | undefined,
  live: boolean,
  msg: Messages,
): string {
  if (!live) return shownFigures(form, results).some((figure) => figure.ready) ? msg.resultsShown : msg.resultsOnSend;
  const waiting = shownFigures(form, results).some((figure) => !figure.ready);
  return waiting || (showsOutcome(form) && !results?.outcome) ? msg.notYet : msg.resultsLive;
}
