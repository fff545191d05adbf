import * as v from 'valibot';
import { checkForm } from '../../../src/engine/definition/checkForm';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import type { StudioForm } from '../../db/tables/studioTables';
import { action } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { saveDraft } from './studioRecords';
import { studioTarget } from './studioTarget';

const bodySchema = v.object({
  definition: v.record(v.string(), v.unknown()),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * The editor's autosave (`PUT /api/admin/forms/:slug/draft {definition, revision}`): the draft is
 * kept as typed, problems and all, and the answer lists its problems as the build would. A draft
 * based on an older revision than the stored one is refused (409), so two tabs never overwrite each
 * other unseen. The form's address and what visitors see do not change here.
 */
export const draftAction = action<
  { form: StudioForm; draft: FormInput; revision: number },
  { revision: number | undefined; draft: FormInput }
>({
  async parse(rc) {
    const target = await studioTarget(rc);
    if (!target.ok) return target;
    const body = v.safeParse(bodySchema, rc.body);
    if (!body.success) {
      return {
        ok: false,
        code: 'invalid_request',
        fields: { definition: 'Send {"definition": {…the form…}, "revision": n} with the revision you started from.' },
      };
    }
    // The address is the form's own; a draft cannot move it (rename does, before the first publish).
    const draft = { ...body.output.definition, slug: target.input.slug } as FormInput;
    return { ok: true, input: { form: target.input, draft, revision: body.output.revision } };
  },
  run: async ({ form, draft, revision }, rc) => ({
    revision: await saveDraft(rc.env.DB, form.slug, draft, revision, rc.now),
    draft,
  }),
  json({ revision, draft }, rc) {
    if (revision === undefined) return errorResponse('draft_conflict');
    const checked = checkForm(draft);
    return json({
      revision,
      savedAt: rc.now.toISOString(),
      problems: checked.ok ? [] : checked.problems,
      draftVersion: checked.ok ? checked.form.version : undefined,
    });
  },
});
