import type { FormInput } from '../../../src/engine/definition/formSchema';
import { blankForm } from '../../../src/engine/studio/blankForm';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { findTemplate } from '../../../templates';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { slugFree, slugFrom, slugProblem } from './formSlug';
import { formsPage } from './formsAction';
import { insertStudioForm, readStudioForm } from './studioRecords';
import { studioPath, typed } from './studioTarget';

interface Input {
  title: string;
  slug: string;
  /** '' for a blank form, else the slug of the template or studio form to start from. */
  from: string;
}

type Output =
  | { ok: true; slug: string }
  | { ok: false; code: 'slug_taken' | 'invalid_request'; fields: Record<string, string> };

const MAX_TITLE = 120;

/**
 * A new studio form (`POST /admin/forms/` from the forms page, `POST /api/admin/forms {title, slug?,
 * from?}`): blank (a name and an email) or a copy of a template's or studio form's definition, under
 * its own title and address. It starts as a draft: nothing is public until it is published.
 */
export const createAction = action<Input, Output>({
  parse(rc) {
    const body = rc.body ?? {};
    const title = typed(body.title);
    const slug = typed(body.slug) || slugFrom(title);
    const fields: Record<string, string> = {};
    if (!title) fields.title = 'Give the form a title, e.g. Kitchen quote.';
    else if (title.length > MAX_TITLE) fields.title = `Keep the title to ${MAX_TITLE} characters.`;
    const problem = slugProblem(slug);
    if (problem) fields.slug = problem;
    if (Object.keys(fields).length > 0) return { ok: false, code: 'invalid_request', fields };
    return { ok: true, input: { title, slug, from: typed(body.from) } };
  },
  async run({ title, slug, from }, rc) {
    const db = rc.env.DB;
    if (!(await slugFree(db, slug))) {
      return { ok: false, code: 'slug_taken', fields: { slug: `The address ${slug} is taken: choose another.` } };
    }
    const template = from ? findTemplate(from) : undefined;
    const studio = from && !template ? await readStudioForm(db, from) : undefined;
    if (from && !template && !studio) {
      return { ok: false, code: 'invalid_request', fields: { from: 'Choose a form to start from, or a blank form.' } };
    }
    const start: FormInput = template
      ? definitionJson(template)
      : studio
        ? (structuredClone(studio.draft) as FormInput)
        : blankForm(slug, title);
    await insertStudioForm(db, { ...start, slug, title }, rc.now);
    return { ok: true, slug };
  },
  json: (output) =>
    output.ok
      ? json({ slug: output.slug, editor: studioPath(output.slug) }, { status: 201 })
      : errorResponse(output.code, { fields: output.fields }),
  html: (output, rc) =>
    output.ok
      ? seeOther(studioPath(output.slug))
      : formsPage(rc, { problems: output.fields, values: values(rc.body) }, output.code === 'slug_taken' ? 409 : 422),
  htmlInvalid: (failure, rc) => formsPage(rc, { problems: failure.fields, values: values(rc.body) }, 422),
});

function values(body: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  return { title: typed(body?.title), slug: typed(body?.slug), from: typed(body?.from) };
}
