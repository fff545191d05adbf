import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { checkForm } from '../../../src/engine/definition/checkForm';
import type { Problem } from '../../../src/engine/definition/problem';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { studioForms, studioVersions } from '../../db/tables/studioTables';
import { renderStudioPage, storePages, studioPagePaths } from '../../forms/studioPages';
import type { RequestContext } from '../../http/requestContext';
import { findMetaForm } from '../../leadAds/findLeadAdsForm';

export type Published =
  | { ok: true; number: number; version: string; unchanged: boolean }
  | { ok: false; problems: Problem[] };

/**
 * Makes a definition the version visitors get: checked as the build checks templates (with problems,
 * nothing changes), its pages rendered now by the components a template's pages are built with, then
 * the version, the form's pointer to it and the pages written in one D1 batch, so a visitor gets
 * either the old version with its pages or the new one with its own. A definition equal to the
 * current version publishes nothing.
 */
export async function publishDefinition(
  rc: RequestContext,
  slug: string,
  definition: unknown,
  current: { number: number; version: string } | undefined,
  note?: string,
): Promise<Published> {
  const checked = checkForm({ ...(definition as object), slug });
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const form = checked.form;
  // A Page's lead ads feed one form: its webhook address must name exactly one.
  const pageId = form.leadAds?.meta?.pageId;
  const owner = pageId ? await findMetaForm(rc.env, pageId) : undefined;
  if (owner && owner.form.slug !== slug) {
    return {
      ok: false,
      problems: [
        {
          where: 'leadAds.meta.pageId',
          path: ['leadAds', 'meta', 'pageId'],
          message: `the Page ${pageId} already feeds the form "${owner.form.slug}"; disconnect it there first`,
        },
      ],
    };
  }
  if (current?.version === form.version && !note) {
    return { ok: true, number: current.number, version: current.version, unchanged: true };
  }
  const pages = [];
  for (const path of studioPagePaths(form)) {
    const page = await renderStudioPage(rc, form, path);
    if (!page) throw new Error(`the page "${path}" of ${slug} could not be rendered`);
    pages.push(page);
  }
  const db = rc.env.DB;
  const orm = drizzle(db);
  const session = rc.admin?.session.id.slice(0, 8) ?? 'unknown';
  const [inserted] = await orm.batch([
    orm
      .insert(studioVersions)
      .values({
        slug,
        number: sql`(select coalesce(max(${studioVersions.number}), 0) + 1 from ${studioVersions} where ${studioVersions.slug} = ${slug})`,
        version: form.version,
        definition: definitionJson(form),
        publishedAt: rc.now,
        publishedBy: `the owner (session ${session})`,
        note: note ?? null,
      })
      .returning({ number: studioVersions.number }),
    orm
      .update(studioForms)
      .set({
        publishedNumber: sql`(select max(${studioVersions.number}) from ${studioVersions} where ${studioVersions.slug} = ${slug})`,
      })
      .where(eq(studioForms.slug, slug)),
    ...storePages(db, form, pages, rc.now),
  ]);
  return { ok: true, number: inserted[0]?.number ?? 0, version: form.version, unchanged: false };
}
