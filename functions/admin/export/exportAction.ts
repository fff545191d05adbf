import { listForms } from '../../forms/listForms';
import { errorResponse } from '../../http/errorResponse';
import type { RequestContext } from '../../http/requestContext';
import { decodeLeadCursor } from '../leads/leadCursor';
import { parseLeadFilters } from '../leads/parseLeadFilters';
import { exportLeads } from './exportLeads';
import { exportResponse } from './exportResponse';

/**
 * GET /api/admin/leads/export.csv|json?<filters>&cursor=: the matching leads, streamed. A set
 * larger than one part links the next part in `Link: <…>; rel="next"`.
 */
export async function exportAction(rc: RequestContext): Promise<Response> {
  const { env, url } = rc;
  const format = url.pathname.endsWith('.csv') ? 'csv' : 'json';
  const parsed = parseLeadFilters(url.searchParams);
  if (!parsed.ok) return errorResponse('invalid_request', { fields: parsed.fields });
  const part = await exportLeads(
    env.DB,
    await listForms(env),
    parsed.filters,
    format,
    decodeLeadCursor(url.searchParams.get('cursor')),
  );
  return exportResponse(part, url, {
    name: `formwell-leads-${new Date().toISOString().slice(0, 10)}.${format}`,
    type: format,
  });
}
