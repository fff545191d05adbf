import { action } from '../../http/action';
import { json } from '../../http/json';
import { formOf } from '../../http/requestContext';
import { signRenderToken } from './renderToken';

/**
 * GET /api/forms/:slug/render-token: `{ token }`. The pages are static, so nothing per visitor
 * can be rendered into them; the island fetches this when the visitor first touches the form,
 * and sends it back with the answers (and its funnel events) so the Worker can tell the fill's time.
 */
export const renderTokenAction = action<{ slug: string }, string>({
  parse: (rc) => ({ ok: true, input: { slug: formOf(rc).slug } }),
  run: ({ slug }, rc) => signRenderToken(rc.env.FORM_TOKEN_SECRET, slug, rc.now.getTime()),
  json: (token) => json({ token }),
});
