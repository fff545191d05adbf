import { formPageView } from './formPageView';
import { recordFunnelEvent } from './recordFunnelEvent';

type PageHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

/**
 * `/f/*`, which reaches the Worker before the static files (`run_worker_first` in wrangler.toml):
 * a form page view is counted (one D1 upsert, after the response), then the prerendered file is
 * served from the assets; what is not a file (the no-JavaScript submit route) goes to the pages.
 */
export async function serveFormPath(
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  renderPage: PageHandler,
): Promise<Response> {
  const view = formPageView(request);
  if (view) {
    const counted = recordFunnelEvent(env.DB, { ...view, kind: 'view' }, new Date());
    ctx.waitUntil(counted.catch((error) => console.error('form view not counted', { error: String(error) })));
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const asset = await env.ASSETS.fetch(request);
    if (asset.status !== 404) return asset;
  }
  return renderPage(request, env, ctx);
}
