import { formwellWorker } from '../../functions/app';
import type { ViewContext } from '../../functions/http/renderView';

/**
 * Every page render the test Worker was asked for, by view name: Astro cannot run inside workerd's
 * test pool, so views are stood in for by a small page naming the view and its form, and counted.
 * The browser tests render the real pages.
 */
export const renders: string[] = [];

export default formwellWorker(async (request, _env, ctx) => {
  const view = (ctx as ViewContext).view;
  if (!view) return new Response('Pages are not rendered in this test Worker', { status: 404 });
  renders.push(view.name);
  const props = view.props as { form?: { slug: string; version: string; title: string }; outcome?: { id: string } };
  const body = `<!doctype html><title>${props.form?.title ?? view.name}</title><main data-view="${view.name}" data-version="${props.form?.version ?? ''}">${props.outcome?.id ?? ''} ${new URL(request.url).pathname}</main>`;
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
});
