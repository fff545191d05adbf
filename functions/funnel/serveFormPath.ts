import { findTemplate } from '../../templates';
import { errorPage } from '../http/errorPage';
import { countFunnelEvent } from './countFunnelEvent';
import { formPageView } from './formPageView';

type PageHandler = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

const FORM_PATH = /^\/f\/([^/]+)(?:\/|$)/;

/**
 * `/f/*`, which reaches the Worker before the static files (`run_worker_first` in wrangler.toml):
 * an unknown form is the 404 page on every path under it; a form page view is counted (one D1
 * upsert, after the response), then the prerendered file is served from the assets; what is not a
 * file (the no-JavaScript submit route) goes to the pages. Views count within the client's and the
 * day's limits (countFunnelEvent); the page is served either way.
 */
export async function serveFormPath(
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  renderPage: PageHandler,
): Promise<Response> {
  const slug = FORM_PATH.exec(new URL(request.url).pathname)?.[1];
  if (!slug || !findTemplate(decodeURIComponent(slug))) return notFound(env);
  const view = formPageView(request);
  if (view) {
    const counted = countFunnelEvent(env, request, { ...view, kind: 'view' });
    ctx.waitUntil(counted.catch((error) => console.error('form view not counted', { error: String(error) })));
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const asset = await env.ASSETS.fetch(request);
    if (asset.status !== 404) return asset;
  }
  return renderPage(request, env, ctx);
}

/** The site's own 404 page (prerendered), with its status; the catalogue's page if the build has none. */
async function notFound(env: Env): Promise<Response> {
  const page = await env.ASSETS.fetch(new Request('https://assets.local/404.html')).catch(() => undefined);
  if (!page?.ok) return errorPage('form_not_found');
  return new Response(page.body, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
