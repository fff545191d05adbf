import { checkForm } from '../../../src/engine/definition/checkForm';
import type { Problem } from '../../../src/engine/definition/problem';
import type { StudioForm } from '../../db/tables/studioTables';
import { listVersions, type VersionSummary } from './studioRecords';

/** Everything the studio's editor starts from, and what the API's GET of a studio form answers. */
export interface StudioState {
  slug: string;
  title: string;
  draft: unknown;
  revision: number;
  savedAt: string;
  archived: boolean;
  /** The version visitors get, if any. */
  published?: { number: number; version: string } | undefined;
  /** The draft's problems, as the build would report them: none means it can be published. */
  problems: Problem[];
  /** The draft's version hash when it has no problems: equal to the published one means nothing to publish. */
  draftVersion?: string | undefined;
  versions: VersionSummary[];
}

export async function studioState(db: D1Database, form: StudioForm): Promise<StudioState> {
  const versions = await listVersions(db, form.slug);
  const checked = checkForm(form.draft);
  const current = versions.find((v) => v.number === form.publishedNumber);
  return {
    slug: form.slug,
    title: form.title,
    draft: form.draft,
    revision: form.draftRevision,
    savedAt: form.draftSavedAt.toISOString(),
    archived: form.archivedAt !== null,
    published: current && { number: current.number, version: current.version },
    problems: checked.ok ? [] : checked.problems,
    draftVersion: checked.ok ? checked.form.version : undefined,
    versions,
  };
}
