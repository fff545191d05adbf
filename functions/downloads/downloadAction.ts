import { leadExists } from '../db/leadExists';
import { errorPage } from '../http/errorPage';
import { formOf, type RequestContext } from '../http/requestContext';
import { openDownloadLink } from './downloadLink';
import { pdfDocument } from './pdfDocument';

/**
 * A lead's download (`GET /f/:slug/download/<file>?t=…`): the form's PDF for a link signed for this
 * form, not expired, whose lead is still stored; a clear page otherwise (410 expired, 404 not valid).
 */
export async function downloadAction(rc: RequestContext): Promise<Response> {
  const form = formOf(rc);
  const home = `/f/${form.slug}/`;
  const token = rc.url.searchParams.get('t') ?? '';
  const download = form.download;
  const opened = download ? await openDownloadLink(rc.env, form.slug, token, rc.now) : undefined;
  if (!download || !opened) return errorPage('download_not_found', undefined, {}, home, 'Go to the form');
  if ('expired' in opened || !(await leadExists(rc.env.DB, form.slug, opened.leadId)))
    return errorPage('download_expired', undefined, {}, home, 'Go to the form');
  const body = pdfDocument(download.title, download.text);
  return new Response(body.buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${download.filename}"`,
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
