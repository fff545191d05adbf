import type { FormOutput } from '../definition/formSchema';
import type { Answers } from '../validation/types';
import type { Outcome } from './quizSchema';

export interface QuizResult {
  total: number;
  /** Points per category, for quizzes with categories. */
  categories: Record<string, number>;
  outcome: Outcome;
}

/** Adds up the points of the chosen options and picks the outcome: by top category, else by total. */
export function quizResult(form: Pick<FormOutput, 'fields' | 'quiz'>, answers: Answers): QuizResult | undefined {
  const quiz = form.quiz;
  if (!quiz) return undefined;
  let total = 0;
  const categories: Record<string, number> = Object.fromEntries((quiz.categories ?? []).map((c) => [c.id, 0]));
  for (const field of form.fields) {
    if (!('options' in field)) continue;
    const answer = answers[field.name];
    const picked = Array.isArray(answer) ? answer : [answer];
    for (const option of field.options) {
      if (option.points === undefined || !picked.includes(option.value)) continue;
      if (typeof option.points === 'number') total += option.points;
      else
        for (const [category, points] of Object.entries(option.points)) {
          if (Object.hasOwn(categories, category)) categories[category] = (categories[category] ?? 0) + points;
          total += points;
        }
    }
  }
  return { total, categories, outcome: pickOutcome(quiz.outcomes, quiz.categories, categories, total) };
}

function pickOutcome(
  outcomes: readonly [Outcome, ...Outcome[]] | readonly Outcome[],
  declared: readonly { id: string }[] | undefined,
  categories: Record<string, number>,
  total: number,
): Outcome {
  const first = outcomes[0] as Outcome;
  if (declared && declared.length > 0) {
    // Ties go to the category declared first.
    let top = declared[0]?.id;
    for (const { id } of declared) if ((categories[id] ?? 0) > (categories[top ?? ''] ?? 0)) top = id;
    return outcomes.find((outcome) => outcome.category === top) ?? first;
  }
  // The highest threshold the total reaches; a total below every threshold gets the lowest.
  const ranked = [...outcomes].sort((a, b) => (a.minScore ?? 0) - (b.minScore ?? 0));
  return ranked.filter((outcome) => (outcome.minScore ?? 0) <= total).at(-1) ?? ranked[0] ?? first;
}
