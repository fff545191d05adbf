import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { collectEntries } from '../../src/engine/validation/collectEntries';
import { adminGate } from '../admin/auth/adminGate';
import { ADMIN_PAGE_HEADERS } from '../admin/auth/adminPageHeaders';
import { safeAdminPath } from '../admin/auth/safeAdminPath';
import { findForm } from '../forms/findForm';
import { MAX_ADMIN_BODY_BYTES } from './bodyLimits';
import { errorPage } from './errorPage';
import { errorResponse } from './errorResponse';
import type { PathPattern } from './matchRoute';
import { matchRoute } from './matchRoute';
import { notFoundPage } from './notFoundPage';
import { readJsonObject } from './readJsonObject';
import { VIEW_PATH } from './renderView';
import type { Handler, PageHandler, RequestContext } from './requestContext';

export interface Route {
  methods: readonly string[];
  path: PathPattern;
  /**
   * 'slug': the route is a form's, named by its `:slug`. The router finds the form once; a form that
   * does not exist is 404 on every method (the 404 page, or form_not_found on /api/).
   */
  form?: 'slug';
  /** Admin routes pass the one admin gate first; its HTML answers get the admin's security headers. */
  access?: 'admin';
  handler: Handler;
}

/**
 * Sends a request to the first route whose path and method fit. A path that fits with another
 * method is 405 with Allow; an API path that fits nothing is the catalogue's 404; any other path is
 * the site's (Astro's static pages and 404). Views are never reachable from outside.
 */
export async function routeRequest(
  routes: readonly Route[],
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  renderPage: PageHandler,
): Promise<Response> {
  const url = new URL(request.url);
  const format = url.pathname.startsWith('/api/') ? 'json' : 'html';
  if (url.pathname.startsWith(VIEW_PATH)) return errorPage('not_found');
  const allowed = new Set<string>();
  let form: FormDefinition | undefined;
  for (const route of routes) {
    const params = matchRoute(route.path, url.pathname);
    if (!params) continue;
    if (route.form === 'slug') {
      form ??= await findForm(env, params.slug ?? '');
      if (!form) return format === 'json' ? errorResponse('form_not_found') : notFoundPage(env);
    }
    if (!route.methods.includes(request.method)) {
      for (const method of route.methods) allowed.add(method);
      continue;
    }
    const rc: RequestContext = { request, env, ctx, url, params, format, renderPage, now: new Date() };
    if (route.form && form) rc.form = form;
    return route.access === 'admin' ? adminRoute(rc, route.handler) : route.handler(rc);
  }
  if (allowed.size > 0) {
    const headers = { allow: [...allowed].join(', ') };
    return format === 'json'
      ? errorResponse('method_not_allowed', { headers })
      : errorPage('method_not_allowed', undefined, headers);
  }
  return format === 'json' ? errorResponse('not_found') : renderPage(request, env, ctx);
}

async function adminRoute(rc: RequestContext, handler: Handler): Promise<Response> {
  const change = rc.request.method !== 'GET' && rc.request.method !== 'HEAD';
  // A page's form carries its CSRF token in the body, so the body is read before the gate.
  if (change && rc.format === 'html') rc.body = await formFields(rc.request);
  const gate = await adminGate(rc);
  if (!gate.ok) {
    if (rc.format === 'json') return errorResponse(gate.code);
    if (gate.code === 'unauthorized' && !change) {
      const back = safeAdminPath(`${rc.url.pathname}${rc.url.search}`);
      return withAdminHeaders(
        new Response(null, { status: 303, headers: { location: `/admin/login?next=${encodeURIComponent(back)}` } }),
      );
    }
    return withAdminHeaders(errorPage(gate.code, undefined, {}, '/admin/'));
  }
  rc.admin = gate.admin;
  if (change && rc.format === 'json') {
    const body = await readJsonObject(rc.request, MAX_ADMIN_BODY_BYTES);
    if (!body) return errorResponse('malformed_body');
    rc.body = body;
  }
  const response = await handler(rc);
  return rc.format === 'html' ? withAdminHeaders(response) : response;
}

/**
 * A page form's fields: a name sent more than once (ticked boxes) keeps every value, in order; an
 * uploaded file (the ad-spend import) is read as its text.
 */
async function formFields(request: Request): Promise<Record<string, unknown>> {
  const form = await request.formData().catch(() => undefined);
  if (!form) return {};
  const entries: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    entries.push([name, typeof value === 'string' ? value : await value.text()]);
  }
  return { ...collectEntries(entries) };
}

function withAdminHeaders(response: Response): Response {
  const headed = new Response(response.body, response);
  for (const [name, value] of Object.entries(ADMIN_PAGE_HEADERS)) {
    // An action may send a stricter or a looser policy of its own (the studio's preview frame).
    if (!headed.headers.has(name)) headed.headers.set(name, value);
  }
  return headed;
}
