import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { checkForm } from '../../../src/engine/definition/checkForm';
import { templates } from '../../../templates';
import { studioForms, studioVersions } from '../../db/tables/studioTables';
import { type FormStats, formStats } from './formStats';

/** One line of the studio's list of forms. */
export interface FormRow {
  slug: string;
  title: string;
  source: 'template' | 'studio';
  /** live: a template, always published; draft: never published; published; archived. */
  state: 'live' | 'draft' | 'published' | 'archived';
  /** The published version's number, for studio forms that have one. */
  version?: number | undefined;
  /** The draft has changes not yet published (or problems that keep it from being published). */
  unpublishedChanges: boolean;
  stats: FormStats;
}

/** Every form the owner has: the templates of the code, then the studio's, newest first. */
export async function formsList(db: D1Database): Promise<FormRow[]> {
  const orm = drizzle(db);
  const [stats, studio] = await Promise.all([
    formStats(db),
    orm
      .select({ form: studioForms, published: studioVersions.version })
      .from(studioForms)
      .leftJoin(
        studioVersions,
        and(eq(studioVersions.slug, studioForms.slug), eq(studioVersions.number, studioForms.publishedNumber)),
      )
      .orderBy(studioForms.createdAt),
  ]);
  const none = { views: 0, leads: 0, hot: 0 };
  const rows: FormRow[] = [...templates.values()].map((form) => ({
    slug: form.slug,
    title: form.title,
    source: 'template',
    state: 'live',
    unpublishedChanges: false,
    stats: stats.get(form.slug) ?? none,
  }));
  for (const { form, published } of studio.reverse()) {
    const draft = checkForm(form.draft);
    rows.push({
      slug: form.slug,
      title: form.title,
      source: 'studio',
      state: form.archivedAt ? 'archived' : form.publishedNumber ? 'published' : 'draft',
      version: form.publishedNumber ?? undefined,
      unpublishedChanges: !draft.ok || draft.form.version !== published,
      stats: stats.get(form.slug) ?? none,
    });
  }
  return rows;
}
