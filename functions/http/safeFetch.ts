import { errorCause } from '../lib/errorCause';
import { errorPage } from './errorPage';
import { errorResponse } from './errorResponse';

type Handler = (request: Request) => Promise<Response>;

/**
 * The one place where failures become responses: a path whose percent-encoding cannot be read is a
 * 400 before any route sees it, and anything a route throws is a catalogued 500 with a request id,
 * logged with that id. Nothing reaches workerd as an uncaught exception. API paths answer JSON,
 * pages answer HTML.
 */
export async function safeFetch(request: Request, handle: Handler): Promise<Response> {
  const { pathname } = new URL(request.url);
  const api = pathname.startsWith('/api/');
  if (!readablePath(pathname)) return api ? errorResponse('malformed_path') : errorPage('malformed_path');
  try {
    return await handle(request);
  } catch (error) {
    const requestId = request.headers.get('cf-ray') ?? crypto.randomUUID();
    console.error('unexpected error', { requestId, method: request.method, path: pathname, cause: errorCause(error) });
    if (!api) return errorPage('internal_error', requestId);
    return errorResponse('internal_error', { requestId, headers: { 'x-request-id': requestId } });
  }
}

/**
 * Whether every percent-escape of the path decodes to UTF-8 text without NUL. The decoded text is
 * used (not just decoded): a bundler may drop a call whose result is unused, and with it the check.
 */
function readablePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\u0000');
  } catch {
    return false;
  }
}
