import type { LeadExport } from './exportLeads';

/**
 * A streamed export as a download: its file name and type, never cached, and the next part linked
 * (`Link: <…>; rel="next"`) when the set is larger than one part.
 */
export function exportResponse(part: LeadExport, url: URL, file: { name: string; type: 'csv' | 'json' }): Response {
  const headers = new Headers({
    'content-type': file.type === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="${file.name}"`,
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
