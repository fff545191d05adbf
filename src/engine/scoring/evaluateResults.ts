import type { PublicForm } from '../definition/publicForm';
import type { Answers } from '../validation/types';
import { computeCalculations } from './computeCalculations';
import { type LeadScore, leadScore } from './leadScore';
import { type QuizResult, quizResult } from './quizResult';
import type { Scoring } from './scoringSchema';

export interface Results {
  computed: Record<string, number>;
  quiz?: QuizResult | undefined;
  lead?: LeadScore | undefined;
}

/**
 * Everything derived from the answers: calculations, quiz outcome and lead score. The island
 * calls it for live results; the Worker calls it on the validated answers and stores what it
 * finds, whatever the client claimed.
 */
export function evaluateResults(form: PublicForm & { scoring?: Scoring | undefined }, answers: Answers): Results {
  const computed = computeCalculations(form, answers);
  return { computed, quiz: quizResult(form, answers), lead: leadScore(form, answers, computed) };
}
