import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { variantPagePath } from '../../src/engine/variants/variantPagePath';
import { countFunnelEvent } from '../funnel/countFunnelEvent';
import { formPageView } from '../funnel/formPageView';
import { notFoundPage } from '../http/notFoundPage';
import { formOf, type RequestContext } from '../http/requestContext';
import { withFirstTouch } from '../submissions/attribution/withFirstTouch';
import { isTemplate } from './findForm';
import { serveStudioPage } from './studioPages';
import { assignVariant } from './variants/assignVariant';
import { readTestState } from './variants/testState';

/**
 * A visitor opening a form's pages (`GET /f/:slug/…`, which reaches the Worker before the static
 * files: `run_worker_first` in wrangler.toml; the router has answered unknown forms). A form page
 * view is counted (within the client's and the day's limits, after the response) and records the
 * visitor's first touch. A form with an A/B test answers its address with the page of the variant
 * the visitor is kept on. A template's page is the file the build made; a studio form's is the page
 * stored when it was published. Both are static: nothing is rendered per view.
 */
export async function formPageAction(rc: RequestContext): Promise<Response> {
  const { request, env, ctx } = rc;
  const form = formOf(rc);
  if (!isTemplate(form.slug) && !rc.url.pathname.endsWith('/')) {
    return new Response(null, { status: 308, headers: { location: `${rc.url.pathname}/${rc.url.search}` } });
  }
  const isFormPage = rc.url.pathname === `/f/${encodeURIComponent(form.slug)}/`;
  const state = isFormPage ? await readTestState(env.DB, form) : undefined;
  const variant = state && assignVariant(request, form, state);
  const view = formPageView(request);
  if (view) {
    const counted = countFunnelEvent(env, request, {
      ...view,
      kind: 'view',
      variant: variant?.inTest ? variant.id : undefined,
    });
    ctx.waitUntil(counted.catch((error) => console.error('form view not counted', { error: String(error) })));
  }
  const page = await pageOf(rc, form, variant && variantPagePath(variant.id));
  if (!page || page.status === 404) return notFoundPage(env);
  const touched = withFirstTouch(request, page, rc.now);
  if (!variant) return touched;
  const kept = new Response(touched.body, touched);
  if (variant.cookie) kept.headers.append('set-cookie', variant.cookie);
  // Which page this address shows depends on the visitor's cookie: no shared cache may keep one for all.
  kept.headers.set('cache-control', 'private, no-cache');
  return kept;
}

/** The built file (a template) or the stored page (a studio form) at the request's path, or at a variant's. */
async function pageOf(rc: RequestContext, form: FormDefinition, variantPath: string | undefined) {
  const base = `/f/${encodeURIComponent(form.slug)}/`;
  if (isTemplate(form.slug)) {
    const asset = variantPath ? new Request(new URL(base + variantPath, rc.url), rc.request) : rc.request;
    return rc.env.ASSETS.fetch(asset);
  }
  return serveStudioPage(rc, form, variantPath);
}
