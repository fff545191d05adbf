import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { AdminSession } from '../admin/auth/sessions';

/** Astro's handler: renders the site's pages (and the views actions hand it). */
export type PageHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

/** The signed-in owner, for admin actions: the session and its CSRF token for the forms a page shows. */
export interface AdminContext {
  session: AdminSession;
  csrfToken: string;
}

/** What an action is given for one request. */
export interface RequestContext {
  request: Request;
  env: Env;
  ctx: ExecutionContext;
  url: URL;
  /** The route's path parameters, decoded. */
  params: Readonly<Record<string, string>>;
  /** What the client asked for: JSON on /api/ paths, HTML (pages and redirects) elsewhere. */
  format: 'json' | 'html';
  renderPage: PageHandler;
  /** The form a `forms` route's `:slug` names; the router has answered unknown forms already. */
  form?: FormDefinition;
  /** Set for admin routes once the gate let the request through. */
  admin?: AdminContext;
  /** An admin change's body (its JSON object or form fields), read once by the router. */
  body?: Readonly<Record<string, unknown>>;
  now: Date;
}

export type Handler = (rc: RequestContext) => Promise<Response>;

/** The form of a route that declares `form: 'slug'` (the router found it before calling the action). */
export function formOf(rc: RequestContext): FormDefinition {
  if (!rc.form) throw new Error(`${rc.url.pathname}: this route does not declare form: 'slug'`);
  return rc.form;
}
