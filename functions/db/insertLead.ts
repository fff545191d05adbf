import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Results } from '../../src/engine/scoring/evaluateResults';
import type { Answers } from '../../src/engine/validation/types';
import { leads } from './schema';

/** Stores a validated lead with the results the Worker computed, and returns its id. Throws if D1 does not confirm. */
export async function insertLead(
  db: D1Database,
  form: FormDefinition,
  answers: Answers,
  results: Results,
): Promise<string> {
  const id = crypto.randomUUID();
  await drizzle(db)
    .insert(leads)
    .values({
      id,
      formSlug: form.slug,
      formVersion: form.version,
      answers,
      score: results.lead?.score ?? null,
      tier: results.lead?.tier ?? null,
      outcome: results.quiz?.outcome.id ?? null,
      results: {
        computed: results.computed,
        ...(results.quiz && { quizTotal: results.quiz.total, categories: results.quiz.categories }),
        ...(results.lead && { reasons: results.lead.reasons }),
      },
      createdAt: new Date(),
    });
  return id;
}
