import { errorPage } from './errorPage';

/** The site's own 404 page (prerendered), with its status; the catalogue's page if the build has none. */
export async function notFoundPage(env: Env): Promise<Response> {
  const page = await env.ASSETS.fetch(new Request('https://assets.local/404.html')).catch(() => undefined);
  if (!page?.ok) return errorPage('form_not_found');
  return new Response(page.body, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
