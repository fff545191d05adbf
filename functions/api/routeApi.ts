import { errorResponse } from '../http/errorResponse';
import { json } from '../http/json';
import { handleSubmission } from '../submissions/handleSubmission';

const SUBMISSIONS = /^\/api\/forms\/([^/]+)\/submissions\/?$/;

/**
 * Every `/api/*` route. It runs before Astro so that embedded forms on other sites can post
 * here, and it imports nothing from Astro so the tests can call it inside workerd.
 */
export async function routeApi(request: Request, env: Env): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/health') {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse('method_not_allowed', { headers: { allow: 'GET, HEAD' } });
    }
    return json({ status: 'ok' });
  }
  const submission = SUBMISSIONS.exec(pathname);
  if (submission?.[1]) return handleSubmission(request, env, decodeURIComponent(submission[1]));
  return errorResponse('not_found');
}
