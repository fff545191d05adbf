import { and, desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { type StudioForm, type StudioVersion, studioForms, studioVersions } from '../../db/tables/studioTables';

/** A studio form's row, or undefined. */
export async function readStudioForm(db: D1Database, slug: string): Promise<StudioForm | undefined> {
  const [row] = await drizzle(db).select().from(studioForms).where(eq(studioForms.slug, slug)).limit(1);
  return row;
}

/** Every studio form, newest first, drafts and archived ones too. */
export function listStudioRecords(db: D1Database): Promise<StudioForm[]> {
  return drizzle(db).select().from(studioForms).orderBy(desc(studioForms.createdAt));
}

/** A new studio form with its first draft. Throws when the slug is taken (the primary key). */
export async function insertStudioForm(db: D1Database, definition: FormInput, now: Date): Promise<void> {
  // A Page's lead ads feed one form: a new form (a copy, an import) starts without the connection.
  const { leadAds: _connection, ...draft } = definition;
  await drizzle(db)
    .insert(studioForms)
    .values({ slug: draft.slug, title: draft.title, draft, draftSavedAt: now, createdAt: now });
}

/**
 * Saves a draft over the one it was based on: only if `revision` is still the stored one, so two
 * tabs never overwrite each other unseen. Returns the new revision, or undefined on a conflict.
 */
export async function saveDraft(
  db: D1Database,
  slug: string,
  draft: FormInput,
  revision: number,
  now: Date,
): Promise<number | undefined> {
  const [saved] = await drizzle(db)
    .update(studioForms)
    .set({
      draft,
      title: typeof draft.title === 'string' && draft.title.trim() ? draft.title : sql`${studioForms.title}`,
      draftRevision: sql`${studioForms.draftRevision} + 1`,
      draftSavedAt: now,
    })
    .where(and(eq(studioForms.slug, slug), eq(studioForms.draftRevision, revision)))
    .returning({ revision: studioForms.draftRevision });
  return saved?.revision;
}

/** A form's versions, newest first, without their definitions. */
export function listVersions(db: D1Database, slug: string) {
  return drizzle(db)
    .select({
      number: studioVersions.number,
      version: studioVersions.version,
      publishedAt: studioVersions.publishedAt,
      publishedBy: studioVersions.publishedBy,
      note: studioVersions.note,
    })
    .from(studioVersions)
    .where(eq(studioVersions.slug, slug))
    .orderBy(desc(studioVersions.number));
}

export type VersionSummary = Awaited<ReturnType<typeof listVersions>>[number];

/** One version with its definition. */
export async function readVersion(db: D1Database, slug: string, number: number): Promise<StudioVersion | undefined> {
  const [row] = await drizzle(db)
    .select()
    .from(studioVersions)
    .where(and(eq(studioVersions.slug, slug), eq(studioVersions.number, number)))
    .limit(1);
  return row;
}
