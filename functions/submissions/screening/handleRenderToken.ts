import { findTemplate } from '../../../templates';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { signRenderToken } from './renderToken';

/**
 * GET /api/forms/:slug/render-token: `{ token }`. The pages are static, so nothing per visitor
 * can be rendered into them; the island fetches this when the visitor first touches the form,
 * and sends it back with the answers so the Worker can tell how long the fill took.
 */
export async function handleRenderToken(request: Request, env: Env, slug: string): Promise<Response> {
  if (request.method !== 'GET') return errorResponse('method_not_allowed', { headers: { allow: 'GET' } });
  const form = findTemplate(slug);
  if (!form) return errorResponse('form_not_found');
  return json({ token: await signRenderToken(env.FORM_TOKEN_SECRET, form.slug, Date.now()) });
}
