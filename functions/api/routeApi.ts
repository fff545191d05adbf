import { routeAdminApi } from '../admin/routeAdminApi';
import { handleFunnelBeacon } from '../funnel/handleFunnelBeacon';
import { errorResponse } from '../http/errorResponse';
import { json } from '../http/json';
import { handlePartialLead } from '../submissions/partials/handlePartialLead';
import { handleRenderToken } from '../submissions/screening/handleRenderToken';
import { handleSubmission } from '../submissions/submit/handleSubmission';

const SUBMISSIONS = /^\/api\/forms\/([a-z0-9-]+)\/submissions\/?$/;
const FUNNEL_EVENTS = /^\/api\/forms\/([^/]+)\/events\/?$/;
// Slugs are lower-case words joined by "-": nothing here needs decoding (a stray "%" cannot throw).
const RENDER_TOKEN = /^\/api\/forms\/([a-z0-9-]+)\/render-token\/?$/;
const PARTIALS = /^\/api\/forms\/([a-z0-9-]+)\/partials\/?$/;

/**
 * Every `/api/*` route. It runs before Astro so that embedded forms on other sites can post
 * here, and it imports nothing from Astro so the tests can call it inside workerd.
 */
export async function routeApi(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/health') {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse('method_not_allowed', { headers: { allow: 'GET, HEAD' } });
    }
    return json({ status: 'ok' });
  }
  const submission = SUBMISSIONS.exec(pathname);
  if (submission?.[1]) return handleSubmission(request, env, decodeURIComponent(submission[1]), ctx);
  const events = FUNNEL_EVENTS.exec(pathname);
  if (events?.[1]) return handleFunnelBeacon(request, env, decodeURIComponent(events[1]));
  const renderToken = RENDER_TOKEN.exec(pathname);
  if (renderToken?.[1]) return handleRenderToken(request, env, renderToken[1]);
  const partials = PARTIALS.exec(pathname);
  if (partials?.[1]) return handlePartialLead(request, env, partials[1]);
  if (pathname.startsWith('/api/admin/')) return routeAdminApi(request, env);
  return errorResponse('not_found');
}
