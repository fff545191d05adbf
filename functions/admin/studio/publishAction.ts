import type { StudioForm } from '../../db/tables/studioTables';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { type Published, publishDefinition } from './publishDefinition';
import { studioState } from './studioState';
import { studioPath, studioTarget } from './studioTarget';

type Output = Published | { ok: false; code: 'draft_conflict' | 'form_archived' };

/**
 * Publishing a studio form's draft (`POST /admin/forms/:slug/publish`, `POST
 * /api/admin/forms/:slug/publish {revision}`): the draft the owner is looking at (its revision) becomes
 * a new version, or nothing happens and every problem is listed (422).
 */
export const publishAction = action<{ form: StudioForm; revision: number | undefined }, Output>({
  async parse(rc) {
    const target = await studioTarget(rc);
    if (!target.ok) return target;
    const revision = Number(rc.body?.revision);
    return { ok: true, input: { form: target.input, revision: Number.isInteger(revision) ? revision : undefined } };
  },
  async run({ form, revision }, rc) {
    if (form.archivedAt) return { ok: false, code: 'form_archived' };
    if (revision !== undefined && revision !== form.draftRevision) return { ok: false, code: 'draft_conflict' };
    const { published } = await studioState(rc.env.DB, form);
    return publishDefinition(rc, form.slug, form.draft, published);
  },
  json(output) {
    if (output.ok) return json(output, { status: output.unchanged ? 200 : 201 });
    return 'code' in output
      ? errorResponse(output.code)
      : errorResponse('definition_invalid', { problems: output.problems });
  },
  html(output, rc) {
    const editor = studioPath(rc.params.slug ?? '');
    if (output.ok) return seeOther(`${editor}?done=${output.unchanged ? 'unchanged' : `published-${output.number}`}`);
    const problem = 'code' in output ? output.code : `${output.problems.length} problems keep it from being published`;
    return seeOther(`${editor}?problem=${encodeURIComponent(problem)}`);
  },
});
