import { countFunnelEvent } from '../funnel/countFunnelEvent';
import { formPageView } from '../funnel/formPageView';
import { notFoundPage } from '../http/notFoundPage';
import type { RequestContext } from '../http/requestContext';
import { withFirstTouch } from '../submissions/attribution/withFirstTouch';

/**
 * A visitor opening a form's pages (`GET /f/:slug/…`, which reaches the Worker before the static
 * files: `run_worker_first` in wrangler.toml; the router has answered unknown forms). A form page view is counted (within the client's and the day's limits, after the response) and
 * records the visitor's first touch; the page itself is the prerendered file, served as built.
 */
export async function formPageAction(rc: RequestContext): Promise<Response> {
  const { request, env, ctx } = rc;
  const view = formPageView(request);
  if (view) {
    const counted = countFunnelEvent(env, request, { ...view, kind: 'view' });
    ctx.waitUntil(counted.catch((error) => console.error('form view not counted', { error: String(error) })));
  }
  const asset = await env.ASSETS.fetch(request);
  if (asset.status === 404) return notFoundPage(env);
  return withFirstTouch(request, asset, rc.now);
}
