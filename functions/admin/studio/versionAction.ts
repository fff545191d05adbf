import { checkForm } from '../../../src/engine/definition/checkForm';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { type Change, diffDefinitions } from '../../../src/engine/studio/diffDefinitions';
import type { StudioForm, StudioVersion } from '../../db/tables/studioTables';
import { action } from '../../http/action';
import { errorPage } from '../../http/errorPage';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { readVersion } from './studioRecords';
import { studioPath, studioVersionTarget } from './studioTarget';

export interface VersionPage {
  form: { slug: string; title: string; publishedNumber: number | null };
  version: Omit<StudioVersion, 'definition'>;
  /** From this version to the current draft, field by field. */
  changes: Change[];
  definition: unknown;
}

/**
 * One published version compared with the current draft, field by field (`GET
 * /admin/forms/:slug/versions/:n/`, `GET /api/admin/forms/:slug/versions/:n`), with the way to roll back to it.
 */
export const versionAction = action<{ form: StudioForm; number: number }, VersionPage | undefined>({
  parse: studioVersionTarget,
  async run({ form, number }, rc) {
    const version = await readVersion(rc.env.DB, form.slug, number);
    if (!version) return undefined;
    const { definition, ...rest } = version;
    return {
      form: { slug: form.slug, title: form.title, publishedNumber: form.publishedNumber },
      version: rest,
      changes: diffDefinitions(definition, comparable(form.draft)),
      definition,
    };
  },
  json: (page) => (page ? json(page) : errorResponse('version_not_found')),
  html: (page, rc) =>
    page
      ? renderView(rc, 'admin/version', { ...page, csrfToken: rc.admin?.csrfToken ?? '' })
      : errorPage('version_not_found', undefined, {}, studioPath(rc.params.slug ?? '')),
});

/** A draft as versions are stored (defaults filled in), so only what the owner changed shows; a draft with problems as it is. */
function comparable(draft: unknown): unknown {
  const checked = checkForm(draft);
  return checked.ok ? definitionJson(checked.form) : draft;
}

declare module '../../http/views' {
  interface Views {
    'admin/version': VersionPage & AdminView;
  }
}
