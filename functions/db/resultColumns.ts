import type { Results } from '../../src/engine/scoring/evaluateResults';
import type { Lead } from './schema';

/** The lead columns that hold what the Worker computed from the answers. */
export function resultColumns(results: Results): Pick<Lead, 'score' | 'tier' | 'outcome' | 'results'> {
  return {
    score: results.lead?.score ?? null,
    tier: results.lead?.tier ?? null,
    outcome: results.quiz?.outcome.id ?? null,
    results: {
      computed: results.computed,
      ...(results.quiz && { quizTotal: results.quiz.total, categories: results.quiz.categories }),
      ...(results.lead && { reasons: results.lead.reasons }),
    },
  };
}
