import { visitorResults } from '../../src/engine/scoring/visitorResults';
import { findTemplate } from '../../templates';
import { errorResponse } from '../http/errorResponse';
import { json } from '../http/json';
import { visitorCountry } from '../http/visitorCountry';
import { acceptSubmission } from './acceptSubmission';
import { readSubmission } from './readSubmission';

/**
 * POST /api/forms/:slug/submissions: 201 `{ id, figures, outcome? }` with the Worker's own
 * results (never the lead score), or an error from the catalogue.
 */
export async function handleSubmission(request: Request, env: Env, slug: string): Promise<Response> {
  if (request.method !== 'POST') return errorResponse('method_not_allowed', { headers: { allow: 'POST' } });
  const form = findTemplate(slug);
  if (!form) return errorResponse('form_not_found');
  const body = await readSubmission(request);
  if (!body.ok) return errorResponse(body.code);
  const accepted = await acceptSubmission(env.DB, form, body.input, { visitorCountry: visitorCountry(request) });
  switch (accepted.outcome) {
    case 'stored':
      return json({ id: accepted.id, ...visitorResults(form, accepted.results) }, { status: 201 });
    case 'invalid':
      return errorResponse('validation_failed', { fields: accepted.errors });
    case 'unavailable':
      return errorResponse('storage_unavailable', { headers: { 'retry-after': '5' } });
  }
}
