import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { formRoutes } from '../../../src/engine/definition/formRoutes';
import { INTAKE_CONTROLS } from '../../../src/engine/definition/intakeControls';
import { messages } from '../../../src/engine/i18n/messages';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import type { RawInput } from '../../../src/engine/validation/types';
import { applyVariant } from '../../../src/engine/variants/applyVariant';
import { formOfFill } from '../../forms/findForm';
import { shownVariant } from '../../forms/variants/shownVariant';
import { countNoScriptProgress } from '../../funnel/countNoScriptProgress';
import { action, seeOther } from '../../http/action';
import { API_ERRORS } from '../../http/apiErrors';
import { visitorCountry } from '../../http/client';
import { errorResponse } from '../../http/errorResponse';
import { notFoundPage } from '../../http/notFoundPage';
import { renderView } from '../../http/renderView';
import { formOf } from '../../http/requestContext';
import { advanceStep, type StepOutcome } from '../steps/advanceStep';
import { admissionResponse } from './admissionResponse';
import { type Admission, admitSubmission } from './admitSubmission';
import { afterAdmission } from './afterAdmission';
import { type Cors, corsFor } from './corsFor';
import { hiddenFromReferrer } from './hiddenFromReferrer';
import { readSubmission } from './readSubmission';
import { type Receipt, receiptFor } from './receiptFor';

interface Input {
  form: FormDefinition;
  cors: Cors;
}

type Output =
  /** The preflight of a browser on another site the form allows. */
  | { kind: 'preflight'; cors: Cors }
  /** A body that cannot be read as answers (size, type, shape): nothing was stored. */
  | {
      kind: 'unreadable';
      form: FormDefinition;
      code: Exclude<Awaited<ReturnType<typeof readSubmission>>, { ok: true }>['code'];
      cors: Cors;
    }
  /** A multi-step form's next step, or the same one with its messages (posts without JavaScript). */
  | { kind: 'step'; form: FormDefinition; step: Extract<StepOutcome, { kind: 'show-step' }> }
  | { kind: 'admitted'; form: FormDefinition; admission: Admission; answers: RawInput; cors: Cors; receipt: Receipt };

/**
 * Submitting a form: the JSON API (`POST /api/forms/:slug/submissions`, the island and embeds, with
 * CORS for the form's embed.origins) and the page's own post without JavaScript (`POST
 * /f/:slug/submit`, one step at a time for a multi-step form, earlier answers in a signed token).
 * Either way the same intake admits the answers; webhooks and emails start after the response.
 */
export const submitAction = action<Input, Output>({
  async parse(rc) {
    const form = formOf(rc);
    const cors: Cors = rc.format === 'json' ? corsFor(form, rc.env, rc.request) : { kind: 'same-origin' };
    if (cors.kind === 'refused') return { ok: false, code: 'origin_not_allowed' };
    return { ok: true, input: { form, cors } };
  },

  async run({ form: current, cors }, rc) {
    if (rc.request.method === 'OPTIONS') return { kind: 'preflight', cors };
    const body = await readSubmission(rc.request);
    if (!body.ok) return { kind: 'unreadable', form: current, code: body.code, cors };
    const answers = body.input;
    const filled = await formOfFill(rc.env, current, answers[INTAKE_CONTROLS.version]);
    // The page of an A/B variant says so; its steps and errors are shown in its wording, and the test counts it.
    const shown = await shownVariant(rc.env.DB, filled, answers[INTAKE_CONTROLS.variant]);
    const form = applyVariant(filled, shown?.id);
    const variant = shown?.inTest ? shown.id : undefined;
    const context = { visitorCountry: visitorCountry(rc.request) };
    let input = answers;
    if (rc.format === 'html') {
      input = hiddenFromReferrer(form, answers, rc.request);
      const step = await advanceStep(form, input, rc.env.FORM_TOKEN_SECRET, context, rc.now.getTime());
      await countNoScriptProgress(rc.env, rc.request, form, input, step, variant);
      if (step.kind === 'show-step') return { kind: 'step', form, step };
      // The final post's own controls (the honeypot) travel with the answers the step token carried.
      input = { ...input, ...step.input };
    }
    const admission = await admitSubmission(rc.request, rc.env, form, input, { ...context, variant }, rc.now);
    rc.ctx.waitUntil(afterAdmission(rc.env, form, admission));
    const receipt =
      admission.outcome === 'stored'
        ? await receiptFor(rc.env, form, admission, textAnswers(input), rc.url.origin, rc.now)
        : {};
    return { kind: 'admitted', form, admission, answers: input, cors, receipt };
  },

  json(output) {
    const response =
      output.kind === 'admitted'
        ? admissionResponse(output.form, output.admission, output.receipt)
        : output.kind === 'unreadable'
          ? errorResponse(output.code)
          : new Response(null, { status: 204 });
    if (output.kind !== 'step' && output.cors.kind === 'allowed') {
      for (const [name, value] of Object.entries(output.cors.headers)) response.headers.set(name, value);
    }
    return response;
  },

  html(output, rc) {
    if (output.kind === 'preflight') return new Response(null, { status: 204 });
    const { form } = output;
    const msg = messages(form.locale);
    if (output.kind === 'unreadable') {
      const { status, message } = API_ERRORS[output.code];
      return renderView(rc, 'form', { form, problem: message }, { status });
    }
    if (output.kind === 'step') {
      const { step } = output;
      const shown = { form, stepId: step.step.id, values: step.values, errors: step.errors, token: step.token };
      return renderView(rc, 'form', step.stale ? { ...shown, problem: msg.staleProgress } : shown, {
        status: step.status,
      });
    }
    const { admission, answers } = output;
    switch (admission.outcome) {
      case 'stored': {
        // A quiz outcome has its own page; a calculator's figures are the visitor's own, so they come in this reply.
        const results = visitorResults(form, admission.results);
        if (results.outcome) return seeOther(results.outcome.url);
        const { receipt } = output;
        if (results.figures.length === 0 && !receipt.next && !receipt.download)
          return seeOther(formRoutes(form.slug).thanks);
        return renderView(rc, 'result', { form, figures: results.figures, receipt });
      }
      case 'invalid':
        return renderView(rc, 'form', { form, values: answers, errors: admission.errors }, { status: 422 });
      case 'rate_limited':
        return renderView(
          rc,
          'form',
          { form, values: answers, problem: API_ERRORS.rate_limited.message },
          { status: 429, headers: { 'retry-after': String(admission.retryAfter) } },
        );
      case 'invalid_idempotency_key':
        return renderView(
          rc,
          'form',
          { form, values: answers, problem: API_ERRORS.invalid_idempotency_key.message },
          { status: 400 },
        );
      case 'unavailable':
        return renderView(rc, 'form', { form, values: answers, problem: msg.serverError }, { status: 503 });
    }
  },

  // A page's post fails to parse only for a form that does not exist.
  htmlInvalid: (_failure, rc) => notFoundPage(rc.env),
});

/** The answers as text for a next step's link (the raw post; the link URL-encodes each). */
function textAnswers(input: RawInput): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );
}
