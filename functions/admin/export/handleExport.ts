import { errorResponse } from '../../http/errorResponse';
import { decodeLeadCursor } from '../leads/decodeLeadCursor';
import { parseLeadFilters } from '../leads/parseLeadFilters';
import { exportLeads } from './exportLeads';

/**
 * GET /api/admin/leads/export.csv|json?<filters>&cursor=: the matching leads, streamed. A set
 * larger than one part links the next part in `Link: <…>; rel="next"`.
 */
export async function handleExport(request: Request, env: Env, format: 'csv' | 'json'): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseLeadFilters(url.searchParams);
  if (!parsed.ok) return errorResponse('invalid_request', { fields: parsed.fields });
  const part = await exportLeads(env.DB, parsed.filters, format, decodeLeadCursor(url.searchParams.get('cursor')));
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
