import { visitSource } from './visitSource';

const FORM_PAGE = /^\/f\/([^/]+)\/?$/;

/**
 * The form and source of a request that is a visitor opening a form page, or `undefined` for
 * anything else (other paths, other methods, prefetches). The caller has found the form.
 */
export function formPageView(request: Request): { form: string; source: string } | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  const slug = FORM_PAGE.exec(url.pathname)?.[1];
  if (!slug) return undefined;
  const purpose = request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '';
  if (purpose.includes('prefetch')) return undefined;
  return { form: decodeURIComponent(slug), source: visitSource(request, url, new Date()) ?? '(direct)' };
}
