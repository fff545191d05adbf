import type { FormOutput } from '../definition/formSchema';
import type { Tier } from '../scoring/scoringSchema';
import type { Answers } from '../validation/types';
import { fillPlaceholders } from './placeholders';
import type { NextStep } from './replySchema';

/** The next step offered to a lead of this tier, its link filled with the lead's answers (URL-encoded). */
export function nextStepFor(form: FormOutput, answers: Answers, tier: Tier | undefined): NextStep | undefined {
  const step = tier ? form.thankYou.next?.[tier] : undefined;
  if (!step) return undefined;
  const href = fillPlaceholders(step.href, (name) => {
    const answer = answers[name];
    return answer === undefined ? '' : encodeURIComponent(Array.isArray(answer) ? answer.join(',') : String(answer));
  });
  return { ...step, href };
}
