import { formPageView } from '../../funnel/formPageView';
import { firstTouchCookie } from './attribution';

/**
 * A form page's response with the first-touch cookie added when the visitor has none yet: where
 * they came from (campaign parameters, click ids, referrer, landing page) as first seen, read again
 * when they submit, even days later and without JavaScript. That response is private; others pass
 * unchanged (the page itself stays publicly cacheable).
 */
export function withFirstTouch(request: Request, response: Response, now = new Date()): Response {
  if (!formPageView(request) || response.status >= 400) return response;
  const cookie = firstTouchCookie(request, now);
  if (!cookie) return response;
  const marked = new Response(response.body, response);
  marked.headers.append('set-cookie', cookie);
  // A response carrying one visitor's cookie must never be stored by a shared cache and handed to another.
  marked.headers.set('cache-control', 'private, no-cache');
  return marked;
}
