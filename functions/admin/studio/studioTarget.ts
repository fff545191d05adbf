import type { StudioForm } from '../../db/tables/studioTables';
import { isTemplate } from '../../forms/findForm';
import type { Parsed } from '../../http/action';
import type { RequestContext } from '../../http/requestContext';
import { readStudioForm } from './studioRecords';

/** The studio form a route's `:slug` names: a template's slug is refused (the code owns it), an unknown one is 404. */
export async function studioTarget(rc: RequestContext): Promise<Parsed<StudioForm>> {
  const slug = rc.params.slug ?? '';
  if (isTemplate(slug)) return { ok: false, code: 'template_form' };
  const row = await readStudioForm(rc.env.DB, slug);
  return row ? { ok: true, input: row } : { ok: false, code: 'studio_form_not_found' };
}

/** The studio form and the version number a route's `:slug` and `:number` name; a number that cannot be a version is 404. */
export async function studioVersionTarget(rc: RequestContext): Promise<Parsed<{ form: StudioForm; number: number }>> {
  const target = await studioTarget(rc);
  if (!target.ok) return target;
  const number = Number(rc.params.number);
  if (!Number.isInteger(number) || number < 1) return { ok: false, code: 'version_not_found' };
  return { ok: true, input: { form: target.input, number } };
}

/** A text the owner typed in a page's form or the API's JSON, trimmed; '' when absent. */
export function typed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The path of a studio form's editor. */
export function studioPath(slug: string): string {
  return `/admin/forms/${encodeURIComponent(slug)}/`;
}
