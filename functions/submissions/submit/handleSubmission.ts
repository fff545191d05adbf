import { findTemplate } from '../../../templates';
import { errorResponse } from '../../http/errorResponse';
import { visitorCountry } from '../../http/visitorCountry';
import { admissionResponse } from './admissionResponse';
import { admitSubmission } from './admitSubmission';
import { afterAdmission } from './afterAdmission';
import { corsFor } from './corsFor';
import { readSubmission } from './readSubmission';

/**
 * POST /api/forms/:slug/submissions: 201 `{ id, figures, outcome? }` with the Worker's own
 * results (never the lead score), or an error from the catalogue. Webhooks and the owner's email
 * start after the response, so they never delay it. Pages on the form's `embed.origins` may call
 * it from the browser (CORS, preflight included); other sites are refused.
 */
export async function handleSubmission(
  request: Request,
  env: Env,
  slug: string,
  ctx: ExecutionContext,
): Promise<Response> {
  if (request.method !== 'POST' && request.method !== 'OPTIONS') {
    return errorResponse('method_not_allowed', { headers: { allow: 'POST, OPTIONS' } });
  }
  const form = findTemplate(slug);
  if (!form) return errorResponse('form_not_found');
  const cors = corsFor(form, env, request);
  if (cors.kind === 'refused') return errorResponse('origin_not_allowed');
  const withCors = (response: Response) => {
    if (cors.kind !== 'allowed') return response;
    for (const [name, value] of Object.entries(cors.headers)) response.headers.set(name, value);
    return response;
  };
  if (request.method === 'OPTIONS') return withCors(new Response(null, { status: 204 }));
  const body = await readSubmission(request);
  if (!body.ok) return withCors(errorResponse(body.code));
  const admission = await admitSubmission(request, env, form, body.input, { visitorCountry: visitorCountry(request) });
  ctx.waitUntil(afterAdmission(env, form, admission));
  return withCors(admissionResponse(form, admission));
}
