import { countFunnelEvent } from '../funnel/countFunnelEvent';
import { formPageView } from '../funnel/formPageView';
import { notFoundPage } from '../http/notFoundPage';
import { formOf, type RequestContext } from '../http/requestContext';
import { withFirstTouch } from '../submissions/attribution/withFirstTouch';
import { isTemplate } from './findForm';
import { serveStudioPage } from './studioPages';

/**
 * A visitor opening a form's pages (`GET /f/:slug/…`, which reaches the Worker before the static
 * files: `run_worker_first` in wrangler.toml; the router has answered unknown forms). A form page
 * view is counted (within the client's and the day's limits, after the response) and records the
 * visitor's first touch. A template's page is the file the build made; a studio form's is the page
 * stored when it was published. Both are static: nothing is rendered per view.
 */
export async function formPageAction(rc: RequestContext): Promise<Response> {
  const { request, env, ctx } = rc;
  const form = formOf(rc);
  const view = formPageView(request);
  if (view) {
    const counted = countFunnelEvent(env, request, { ...view, kind: 'view' });
    ctx.waitUntil(counted.catch((error) => console.error('form view not counted', { error: String(error) })));
  }
  if (!isTemplate(form.slug) && !rc.url.pathname.endsWith('/')) {
    return new Response(null, { status: 308, headers: { location: `${rc.url.pathname}/${rc.url.search}` } });
  }
  const page = isTemplate(form.slug) ? await env.ASSETS.fetch(request) : await serveStudioPage(rc, form);
  if (!page || page.status === 404) return notFoundPage(env);
  return withFirstTouch(request, page, rc.now);
}
