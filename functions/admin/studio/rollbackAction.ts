import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type StudioForm, studioForms } from '../../db/tables/studioTables';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { type Published, publishDefinition } from './publishDefinition';
import { readVersion } from './studioRecords';
import { studioState } from './studioState';
import { studioPath, studioVersionTarget } from './studioTarget';

type Output = Published | { ok: false; code: 'version_not_found' | 'form_archived' };

/**
 * Rolling back to an earlier version (`POST /admin/forms/:slug/versions/:n/rollback`, and under
 * /api/admin/forms/): it is published again as a new version that says so, and becomes the draft.
 * History is never rewritten: the versions in between stay, and so do their leads.
 */
export const rollbackAction = action<{ form: StudioForm; number: number }, Output>({
  parse: studioVersionTarget,
  async run({ form, number }, rc) {
    if (form.archivedAt) return { ok: false, code: 'form_archived' };
    const version = await readVersion(rc.env.DB, form.slug, number);
    if (!version) return { ok: false, code: 'version_not_found' };
    const { published } = await studioState(rc.env.DB, form);
    const result = await publishDefinition(
      rc,
      form.slug,
      version.definition,
      published,
      `Rolled back to version ${number}`,
    );
    if (result.ok) {
      await drizzle(rc.env.DB)
        .update(studioForms)
        // The title lists and tabs show is the draft's: it goes back with it.
        .set({
          draft: version.definition,
          title: (version.definition as { title: string }).title,
          draftRevision: form.draftRevision + 1,
          draftSavedAt: rc.now,
        })
        .where(eq(studioForms.slug, form.slug));
    }
    return result;
  },
  json(output) {
    if (output.ok) return json(output, { status: 201 });
    return 'code' in output
      ? errorResponse(output.code)
      : errorResponse('definition_invalid', { problems: output.problems });
  },
  html(output, rc) {
    const editor = studioPath(rc.params.slug ?? '');
    if (output.ok) return seeOther(`${editor}?done=published-${output.number}`);
    const problem = 'code' in output ? output.code : `${output.problems.length} problems keep it from being published`;
    return seeOther(`${editor}?problem=${encodeURIComponent(problem)}`);
  },
});
