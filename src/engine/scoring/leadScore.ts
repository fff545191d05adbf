import type { FormOutput } from '../definition/formSchema';
import { evaluateCondition } from '../logic/evaluateCondition';
import type { Answers } from '../validation/types';
import type { Tier } from './scoringSchema';

export interface LeadScore {
  score: number;
  tier: Tier;
  /** The labels (or indexes) of the rules that gave points, for sales to see why. */
  reasons: string[];
}

/** Adds the points of every rule that holds for the answers and calculations, and maps the total to a tier. */
export function leadScore(
  form: Pick<FormOutput, 'scoring'>,
  answers: Answers,
  computed: Readonly<Record<string, number>>,
): LeadScore | undefined {
  const scoring = form.scoring;
  if (!scoring) return undefined;
  const lookup = (name: string) => answers[name] ?? computed[name];
  let score = 0;
  const reasons: string[] = [];
  scoring.rules.forEach((rule, index) => {
    if (evaluateCondition(rule.when, lookup) !== true) return;
    score += rule.points;
    reasons.push(rule.label ?? `rule ${index + 1}`);
  });
  const tier: Tier = score >= scoring.hot ? 'hot' : score >= scoring.warm ? 'warm' : 'cold';
  return { score, tier, reasons };
}
