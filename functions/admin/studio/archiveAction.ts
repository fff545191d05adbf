import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { studioForms } from '../../db/tables/studioTables';
import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { studioTarget } from './studioTarget';

/**
 * Archiving a studio form takes it offline (its pages answer 404, its submissions are refused) and
 * keeps its versions and leads; restoring puts its published version back (`POST
 * /admin/forms/:slug/archive` and `/restore`, and the same under /api/admin/forms/).
 */
export function archiveAction(archive: boolean) {
  return action<string, string>({
    async parse(rc) {
      const target = await studioTarget(rc);
      return target.ok ? { ok: true, input: target.input.slug } : target;
    },
    async run(slug, rc) {
      await drizzle(rc.env.DB)
        .update(studioForms)
        .set({ archivedAt: archive ? rc.now : null })
        .where(eq(studioForms.slug, slug));
      return slug;
    },
    json: (slug) => json({ slug, archived: archive }),
    html: () => seeOther(`/admin/forms/?done=${archive ? 'archived' : 'restored'}`),
  });
}
