import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { formTests } from '../../db/tables/adminTables';
import { findForm } from '../../forms/findForm';
import { readTestState } from '../../forms/variants/testState';
import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';

interface Input {
  form: FormDefinition;
  testId: string;
  winner: string;
}

/**
 * Ending a form's A/B test and keeping a winner (`POST /admin/forms/:slug/test/end` from the funnel
 * page, `POST /api/admin/forms/:slug/test/end {"winner": "<variant id>"}`): from then on every
 * visitor gets the winner's page and nothing more counts towards the test. Once per test: a second
 * end is 409, and so is a form without variants.
 */
export const endTestAction = action<Input, { slug: string; testId: string; winner: string; endedAt: Date }>({
  async parse(rc) {
    const form = await findForm(rc.env, rc.params.slug ?? '');
    if (!form) return { ok: false, code: 'form_not_found' };
    const state = await readTestState(rc.env.DB, form);
    if (!form.variants || !state) return { ok: false, code: 'no_test' };
    if (state.ended) return { ok: false, code: 'test_ended' };
    const winner = rc.body?.winner;
    if (typeof winner !== 'string' || !form.variants.some((variant) => variant.id === winner)) {
      const names = form.variants.map((variant) => `${variant.id} (${variant.label})`).join(', ');
      return { ok: false, code: 'invalid_request', fields: { winner: `Choose the variant to keep: ${names}.` } };
    }
    return { ok: true, input: { form, testId: state.testId, winner } };
  },
  async run({ form, testId, winner }, rc) {
    // A second press (or a race between two) keeps the first winner.
    await drizzle(rc.env.DB)
      .insert(formTests)
      .values({ formSlug: form.slug, testId, winner, endedAt: rc.now })
      .onConflictDoNothing();
    const state = await readTestState(rc.env.DB, form);
    const ended = state?.ended ?? { winner, at: rc.now };
    return { slug: form.slug, testId, winner: ended.winner, endedAt: ended.at };
  },
  json: (ended) => json({ ...ended, endedAt: ended.endedAt.toISOString() }),
  html: ({ slug }) => seeOther(`/admin/funnel/?${new URLSearchParams({ form: slug })}#test`),
});
