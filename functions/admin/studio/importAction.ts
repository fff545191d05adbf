import { checkForm } from '../../../src/engine/definition/checkForm';
import type { Problem } from '../../../src/engine/definition/problem';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { slugFree } from './formSlug';
import { formsPage } from './formsAction';
import { insertStudioForm } from './studioRecords';
import { studioPath } from './studioTarget';

type Output =
  | { ok: true; slug: string }
  | { ok: false; code: 'definition_invalid' | 'slug_taken'; problems: Problem[] };

/**
 * A form definition as JSON (`POST /api/admin/forms/import` with the definition as the body, or the
 * forms page's box with it pasted): checked exactly as the build checks templates; with problems,
 * nothing is kept and every problem is listed (422). A good one becomes a studio draft.
 */
export const importAction = action<unknown, Output>({
  parse(rc) {
    if (rc.format === 'json') return { ok: true, input: rc.body };
    const text = typeof rc.body?.json === 'string' ? rc.body.json : '';
    try {
      return { ok: true, input: JSON.parse(text) as unknown };
    } catch (error) {
      const message = `This is not JSON (${error instanceof Error ? error.message : 'unreadable'}). Paste the whole file exported from a studio.`;
      return { ok: false, code: 'invalid_request', fields: { json: message } };
    }
  },
  async run(input, rc) {
    const checked = checkForm(input);
    if (!checked.ok) return { ok: false, code: 'definition_invalid', problems: checked.problems };
    const { slug } = checked.form;
    if (!(await slugFree(rc.env.DB, slug))) {
      const message = `the address "${slug}" is taken by another form: change "slug" in the JSON`;
      return { ok: false, code: 'slug_taken', problems: [{ where: 'slug', path: ['slug'], message }] };
    }
    await insertStudioForm(rc.env.DB, definitionJson(checked.form), rc.now);
    return { ok: true, slug };
  },
  json: (output) =>
    output.ok
      ? json({ slug: output.slug, editor: studioPath(output.slug) }, { status: 201 })
      : errorResponse(output.code, { problems: output.problems }),
  html: (output, rc) =>
    output.ok
      ? seeOther(studioPath(output.slug))
      : formsPage(
          rc,
          { importProblems: output.problems, values: { json: String(rc.body?.json ?? '') } },
          output.code === 'slug_taken' ? 409 : 422,
        ),
  htmlInvalid: (failure, rc) =>
    formsPage(rc, { problems: failure.fields, values: { json: String(rc.body?.json ?? '') } }, 422),
});
