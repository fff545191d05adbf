import type { RequestContext } from './requestContext';
import type { ViewName, Views } from './views';

/** Where the views live among the site's pages; the Worker answers 404 to anyone else asking for them. */
export const VIEW_PATH = '/internal/';

/** What a view page reads from the request context the Worker hands Astro. */
export interface ViewContext extends ExecutionContext {
  view?: { name: ViewName; props: unknown };
}

/**
 * An HTML response from an Astro view (src/pages/internal/<name>.astro) given the action's result:
 * Astro renders, the action decides status and headers. Views fetch nothing themselves, so a page
 * shows exactly what its action read, and each use case has one way in.
 */
export async function renderView<K extends ViewName>(
  rc: RequestContext,
  name: K,
  props: Views[K],
  init: { status?: number; headers?: HeadersInit } = {},
): Promise<Response> {
  const request = new Request(new URL(`${VIEW_PATH}${name}`, rc.url), { headers: { accept: 'text/html' } });
  const ctx: ViewContext = {
    waitUntil: (promise) => rc.ctx.waitUntil(promise),
    passThroughOnException: () => rc.ctx.passThroughOnException(),
    props: rc.ctx.props,
    view: { name, props },
  } as ViewContext;
  const rendered = await rc.renderPage(request, rc.env, ctx);
  const headers = new Headers(rendered.headers);
  for (const [header, value] of new Headers(init.headers)) headers.set(header, value);
  headers.set('cache-control', 'no-store');
  return new Response(rendered.body, { status: init.status ?? rendered.status, headers });
}
