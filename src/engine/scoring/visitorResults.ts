import { type FormRoutes, formRoutes } from '../definition/formRoutes';
import type { PublicForm } from '../definition/publicForm';
import { formatNumber } from '../formulas/formatNumber';
import type { Results } from './evaluateResults';

export interface Figure {
  name: string;
  label: string;
  value: number;
  /** The value in the form's locale and format, e.g. "$12,400". */
  text: string;
  help?: string | undefined;
}

/** What the visitor may see of their results: shown calculations and the quiz outcome, never the lead score. */
export interface VisitorResults {
  figures: Figure[];
  outcome?: { id: string; title: string; url: string } | undefined;
}

export function visitorResults(
  form: PublicForm,
  results: Results,
  routes: FormRoutes = formRoutes(form.slug),
): VisitorResults {
  const figures = form.calculations.flatMap((calculation) => {
    const value = results.computed[calculation.name];
    if (!calculation.show || value === undefined) return [];
    const text = formatNumber(value, calculation.format, form.locale);
    return [{ name: calculation.name, label: calculation.label, value, text, help: calculation.help }];
  });
  const outcome = results.quiz?.outcome;
  return {
    figures,
    outcome: outcome && { id: outcome.id, title: outcome.title, url: routes.outcome(outcome.id) },
  };
}
