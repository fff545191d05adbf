import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Forms built in the browser. The draft is the definition as the studio edits it (the same JSON a
 * template's defineForm takes), saved as the owner types; it may have problems. `publishedNumber`
 * names the version visitors get; an archived form is offline but keeps its versions and leads.
 */
export const studioForms = sqliteTable('studio_forms', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  draft: text('draft', { mode: 'json' }).$type<unknown>().notNull(),
  /** Counts saves, so a tab editing an older draft cannot overwrite a newer one unseen. */
  draftRevision: integer('draft_revision').notNull().default(1),
  draftSavedAt: integer('draft_saved_at', { mode: 'timestamp_ms' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  publishedNumber: integer('published_number'),
});

/**
 * Every published version of a studio form, never changed once written: its number (1, 2, …),
 * its definition, and its hash (`version`, what each lead and step token carries).
 */
export const studioVersions = sqliteTable(
  'studio_versions',
  {
    slug: text('slug')
      .notNull()
      .references(() => studioForms.slug, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    version: text('version').notNull(),
    definition: text('definition', { mode: 'json' }).$type<unknown>().notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
    /** Who published it: the owner's session, as the history shows it. */
    publishedBy: text('published_by').notNull(),
    /** Why, when it is not a plain publish (a rollback names the version it restored). */
    note: text('note'),
  },
  (table) => [
    primaryKey({ columns: [table.slug, table.number] }),
    index('studio_versions_hash').on(table.slug, table.version),
  ],
);

/**
 * The pages of a published version, rendered once and served as stored: the form ('' ), its
 * thank-you page ('thanks/') and each quiz outcome ('outcome/<id>/'). `build` names the deploy whose
 * scripts the HTML links; a page of an older build is rendered again on its first view after a deploy.
 */
export const studioPages = sqliteTable(
  'studio_pages',
  {
    slug: text('slug')
      .notNull()
      .references(() => studioForms.slug, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    path: text('path').notNull(),
    build: text('build').notNull(),
    html: text('html').notNull(),
    etag: text('etag').notNull(),
    renderedAt: integer('rendered_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.slug, table.version, table.path] })],
);

export type StudioForm = typeof studioForms.$inferSelect;
export type StudioVersion = typeof studioVersions.$inferSelect;
