import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { visibleFields } from '../../../src/engine/logic/visibleFields';
import type { RawInput } from '../../../src/engine/validation/types';
import { readPartialLead } from '../../db/readPartialLead';
import { action } from '../../http/action';
import { API_ERRORS } from '../../http/apiErrors';
import { notFoundPage } from '../../http/notFoundPage';
import { renderView } from '../../http/renderView';
import { formOf } from '../../http/requestContext';
import { signStepToken } from '../steps/stepToken';
import { readResumeToken } from './resumeToken';

type Output =
  | { kind: 'resumed'; form: FormDefinition; values: RawInput; stepId: string | undefined; token: string }
  | { kind: 'gone'; form: FormDefinition };

/**
 * GET /f/:slug/resume?t=…: a partial lead's signed resume link. The form opens on the first step
 * the visitor had not finished, with their answers in place; without JavaScript the earlier answers
 * travel in a step token, as on any post.
 */
export const resumeAction = action<{ form: FormDefinition; token: string }, Output>({
  parse: (rc) => ({ ok: true, input: { form: formOf(rc), token: rc.url.searchParams.get('t') ?? '' } }),
  async run({ form, token }, rc) {
    const now = rc.now.getTime();
    const id = await readResumeToken(rc.env.FORM_TOKEN_SECRET, form.slug, token, now);
    const partial = id ? await readPartialLead(rc.env.DB, form.slug, id, rc.now) : undefined;
    if (!partial || partial.completedLeadId !== null) return { kind: 'gone', form };
    const values = partial.answers;
    const steps = visibleFields(form, values).steps;
    const stepId = (steps.find((step) => !partial.steps.includes(step.id)) ?? steps.at(-1))?.id;
    return {
      kind: 'resumed',
      form,
      values,
      stepId,
      token: await signStepToken(rc.env.FORM_TOKEN_SECRET, form, values, now),
    };
  },
  html(output, rc) {
    // The link's token may reach this site's own pages in Referer, never another site.
    const headers = { 'referrer-policy': 'same-origin' };
    if (output.kind === 'gone') {
      const { form } = output;
      return renderView(
        rc,
        'form',
        { form, problem: API_ERRORS.resume_link_invalid.message },
        { status: 404, headers },
      );
    }
    const { form, values, stepId, token } = output;
    return renderView(rc, 'form', { form, values, token, ...(stepId && { stepId }) }, { headers });
  },
  htmlInvalid: (_failure, rc) => notFoundPage(rc.env),
});
