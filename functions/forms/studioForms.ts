import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { checkForm } from '../../src/engine/definition/checkForm';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { studioForms, studioVersions } from '../db/tables/studioTables';
import { errorCause } from '../lib/errorCause';

// Published versions never change, so each is checked once per isolate, then reused by its hash.
const checked = new Map<string, FormDefinition>();
const CACHE_LIMIT = 200;

/** A stored version as a definition: checked again, so a version the engine no longer accepts goes offline with a log line, never half-served. */
export function studioDefinition(slug: string, version: string, definition: unknown): FormDefinition | undefined {
  const key = `${slug}\u0000${version}`;
  const cached = checked.get(key);
  if (cached) return cached;
  const result = checkForm(definition);
  if (!result.ok) {
    console.error('studio version no longer passes the checks', { slug, version, problems: result.problems });
    return undefined;
  }
  if (checked.size >= CACHE_LIMIT) checked.delete(checked.keys().next().value ?? '');
  checked.set(key, result.form);
  return result.form;
}

/**
 * The studio form at a slug as visitors get it: its published version while it is not archived; or,
 * given a version hash, that version whatever came later (a visitor finishing what they started, a
 * lead's own questions). One small query when the version is cached, two when not.
 */
export async function findStudioForm(
  db: D1Database,
  slug: string,
  version?: string,
): Promise<FormDefinition | undefined> {
  const orm = drizzle(db);
  try {
    let hash = version;
    if (hash === undefined) {
      const [current] = await orm
        .select({ version: studioVersions.version })
        .from(studioForms)
        .innerJoin(
          studioVersions,
          and(eq(studioVersions.slug, studioForms.slug), eq(studioVersions.number, studioForms.publishedNumber)),
        )
        .where(and(eq(studioForms.slug, slug), isNull(studioForms.archivedAt)))
        .limit(1);
      if (!current) return undefined;
      hash = current.version;
    }
    const cached = checked.get(`${slug}\u0000${hash}`);
    if (cached) return cached;
    const [row] = await orm
      .select({ definition: studioVersions.definition })
      .from(studioVersions)
      .where(and(eq(studioVersions.slug, slug), eq(studioVersions.version, hash)))
      .limit(1);
    return row ? studioDefinition(slug, hash, row.definition) : undefined;
  } catch (error) {
    // A database that is not migrated yet has no studio tables: no studio forms, not an outage.
    if (/no such table/.test(errorCause(error))) return undefined;
    throw error;
  }
}

/** Every published, not archived studio form, oldest first. */
export async function listStudioForms(db: D1Database): Promise<FormDefinition[]> {
  const rows = await drizzle(db)
    .select({ slug: studioVersions.slug, version: studioVersions.version, definition: studioVersions.definition })
    .from(studioForms)
    .innerJoin(
      studioVersions,
      and(eq(studioVersions.slug, studioForms.slug), eq(studioVersions.number, studioForms.publishedNumber)),
    )
    .where(and(isNull(studioForms.archivedAt), isNotNull(studioForms.publishedNumber)))
    .orderBy(studioForms.createdAt);
  return rows.flatMap((row) => studioDefinition(row.slug, row.version, row.definition) ?? []);
}
