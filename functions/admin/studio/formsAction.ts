import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import { type FormRow, formsList } from './formsList';

/** What the list page shows besides the forms: what an attempt to create or import left to fix. */
export interface FormsPageState {
  /** Messages by field of the create or import form, and the values typed there. */
  problems?: Record<string, string> | undefined;
  values?: Record<string, string> | undefined;
  /** An import's problems, each with where it is and the fix. */
  importProblems?: { where: string; message: string }[] | undefined;
  done?: string | undefined;
}

export interface FormsPage extends FormsPageState {
  rows: FormRow[];
}

/** The forms page: every form with its views, leads and hot leads (`GET /admin/forms/`, `GET /api/admin/forms`). */
export const formsAction = action<null, FormRow[]>({
  parse: () => ({ ok: true, input: null }),
  run: (_input, rc) => formsList(rc.env.DB),
  json: (rows) => json({ forms: rows }),
  html: (rows, rc) => formsPage(rc, { done: rc.url.searchParams.get('done') ?? undefined }, 200, rows),
});

/** The list page with the state a change left (its problems, or what was done). */
export async function formsPage(
  rc: RequestContext,
  state: FormsPageState,
  status = 200,
  rows?: FormRow[],
): Promise<Response> {
  const page: FormsPage = { ...state, rows: rows ?? (await formsList(rc.env.DB)) };
  return renderView(rc, 'admin/forms', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }, { status });
}

declare module '../../http/views' {
  interface Views {
    'admin/forms': FormsPage & AdminView;
  }
}
