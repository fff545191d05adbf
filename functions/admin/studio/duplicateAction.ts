import type { FormInput } from '../../../src/engine/definition/formSchema';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { findTemplate } from '../../../templates';
import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { freeSlug } from './formSlug';
import { insertStudioForm, readStudioForm } from './studioRecords';
import { studioPath } from './studioTarget';

/**
 * A copy of any form, template or studio, as a new studio draft (`POST /admin/forms/:slug/duplicate`,
 * `POST /api/admin/forms/:slug/duplicate`): the way to start from a template, or to try a variant.
 */
export const duplicateAction = action<FormInput, string>({
  async parse(rc) {
    const slug = rc.params.slug ?? '';
    const template = findTemplate(slug);
    if (template) return { ok: true, input: definitionJson(template) };
    const studio = await readStudioForm(rc.env.DB, slug);
    if (!studio) return { ok: false, code: 'studio_form_not_found' };
    return { ok: true, input: structuredClone(studio.draft) as FormInput };
  },
  async run(source, rc) {
    const slug = await freeSlug(rc.env.DB, `${source.slug}-copy`);
    const title = source.locale === 'de' ? `${source.title} (Kopie)` : `${source.title} (copy)`;
    await insertStudioForm(rc.env.DB, { ...source, slug, title }, rc.now);
    return slug;
  },
  json: (slug) => json({ slug, editor: studioPath(slug) }, { status: 201 }),
  html: (slug) => seeOther(studioPath(slug)),
});
