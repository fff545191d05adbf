import { checkForm } from '../../../src/engine/definition/checkForm';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { formRoutes } from '../../../src/engine/definition/formRoutes';
import type { Problem } from '../../../src/engine/definition/problem';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../../../src/engine/validation/types';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { action, seeOther } from '../../http/action';
import { visitorCountry } from '../../http/client';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { Preview } from '../../http/views';
import { advanceStep, type StepOutcome } from '../../submissions/steps/advanceStep';
import { CSRF_FIELD } from '../auth/csrfField';
import { framed, previewProblems } from './previewAction';
import { studioTarget } from './studioTarget';

type Output =
  | { kind: 'problems'; problems: Problem[] }
  | { kind: 'step'; form: FormDefinition; step: Extract<StepOutcome, { kind: 'show-step' }> }
  | { kind: 'invalid'; form: FormDefinition; values: RawInput; errors: FieldErrors }
  | { kind: 'done'; form: FormDefinition; results: ReturnType<typeof visitorResults> };

/**
 * A submission in the studio's preview (`POST /admin/forms/:slug/preview/submit` without JavaScript,
 * `POST /api/admin/forms/:slug/preview/submissions` from the island): the draft's steps, checks and
 * results exactly as a published form's, and nothing stored, sent or counted.
 */
export const previewSubmitAction = action<{ draft: unknown }, Output>({
  async parse(rc) {
    const target = await studioTarget(rc);
    return target.ok ? { ok: true, input: { draft: target.input.draft } } : target;
  },
  async run({ draft }, rc) {
    const checked = checkForm(draft);
    if (!checked.ok) return { kind: 'problems', problems: checked.problems };
    const form = checked.form;
    const input = (rc.body ?? {}) as RawInput;
    const context = { visitorCountry: visitorCountry(rc.request) };
    let answers = input;
    if (rc.format === 'html') {
      const step = await advanceStep(form, input, rc.env.FORM_TOKEN_SECRET, context, rc.now.getTime());
      if (step.kind === 'show-step') return { kind: 'step', form, step };
      answers = step.input;
    }
    const verdict = validateAnswers(form, answers, context);
    if (!verdict.ok) return { kind: 'invalid', form, values: answers, errors: verdict.errors };
    const results = visitorResults(form, evaluateResults(form, verdict.answers), formRoutes(form.slug, true));
    return { kind: 'done', form, results };
  },
  json(output) {
    if (output.kind === 'problems') return errorResponse('definition_invalid', { problems: output.problems });
    if (output.kind === 'invalid') return errorResponse('validation_failed', { fields: output.errors });
    if (output.kind === 'step') return errorResponse('invalid_request');
    return json({ id: 'preview', ...output.results }, { status: 201 });
  },
  async html(output, rc) {
    if (output.kind === 'problems') return previewProblems(rc, output.problems, 409);
    const { form } = output;
    const preview: Preview = { csrfField: CSRF_FIELD, csrfToken: rc.admin?.csrfToken ?? '' };
    if (output.kind === 'step') {
      const { step } = output;
      const shown = {
        form,
        preview,
        stepId: step.step.id,
        values: step.values,
        errors: step.errors,
        token: step.token,
      };
      return framed(await renderView(rc, 'form', shown, { status: step.status }));
    }
    if (output.kind === 'invalid') {
      return framed(
        await renderView(rc, 'form', { form, preview, values: output.values, errors: output.errors }, { status: 422 }),
      );
    }
    const { results } = output;
    if (results.outcome) return seeOther(results.outcome.url);
    if (results.figures.length === 0) return seeOther(formRoutes(form.slug, true).thanks);
    return framed(await renderView(rc, 'result', { form, figures: results.figures, preview }));
  },
});
