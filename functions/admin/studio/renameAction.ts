import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { studioForms } from '../../db/tables/studioTables';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { slugFree, slugProblem } from './formSlug';
import { studioPath, studioTarget, typed } from './studioTarget';

interface Input {
  slug: string;
  title: string;
  /** A new address: only before the form was first published, since links and leads name it after. */
  newSlug: string;
  draft: FormInput;
  published: boolean;
}

type Output =
  | { ok: true; slug: string }
  | { ok: false; code: 'slug_taken' | 'invalid_request'; fields: Record<string, string> };

/**
 * Renaming a studio form (`POST /admin/forms/:slug/rename`, `POST /api/admin/forms/:slug/rename
 * {title, slug?}`): its title always; its address only while it was never published.
 */
export const renameAction = action<Input, Output>({
  async parse(rc) {
    const target = await studioTarget(rc);
    if (!target.ok) return target;
    const form = target.input;
    const title = typed(rc.body?.title);
    const newSlug = typed(rc.body?.slug) || form.slug;
    const fields: Record<string, string> = {};
    if (!title) fields.title = 'Give the form a title.';
    if (newSlug !== form.slug) {
      const problem = slugProblem(newSlug);
      if (problem) fields.slug = problem;
      else if (form.publishedNumber !== null)
        fields.slug = 'A published form keeps its address: its links and leads use it.';
    }
    if (Object.keys(fields).length > 0) return { ok: false, code: 'invalid_request', fields };
    const draft = form.draft as FormInput;
    return { ok: true, input: { slug: form.slug, title, newSlug, draft, published: form.publishedNumber !== null } };
  },
  async run({ slug, title, newSlug, draft }, rc) {
    if (newSlug !== slug && !(await slugFree(rc.env.DB, newSlug))) {
      return { ok: false, code: 'slug_taken', fields: { slug: `The address ${newSlug} is taken: choose another.` } };
    }
    await drizzle(rc.env.DB)
      .update(studioForms)
      .set({ slug: newSlug, title, draft: { ...draft, slug: newSlug, title }, draftSavedAt: rc.now })
      .where(eq(studioForms.slug, slug));
    return { ok: true, slug: newSlug };
  },
  json: (output) =>
    output.ok
      ? json({ slug: output.slug, editor: studioPath(output.slug) })
      : errorResponse(output.code, { fields: output.fields }),
  html: (output, rc) =>
    output.ok
      ? seeOther(`${studioPath(output.slug)}?done=renamed`)
      : seeOther(
          `${studioPath(rc.params.slug ?? '')}?problem=${encodeURIComponent(Object.values(output.fields).join(' '))}`,
        ),
});
