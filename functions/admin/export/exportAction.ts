import { listForms } from '../../forms/listForms';
import { errorResponse } from '../../http/errorResponse';
import type { RequestContext } from '../../http/requestContext';
import { decodeLeadCursor } from '../leads/leadCursor';
import { parseLeadFilters } from '../leads/parseLeadFilters';
import { exportLeads } from './exportLeads';

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
  const headers = new Headers({
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="formwell-leads-${new Date().toISOString().slice(0, 10)}.${format}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (part.next) {
    const next = new URL(url);
    next.searchParams.set('cursor', part.next);
    headers.set('link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  return new Response(part.body, { headers });
}
