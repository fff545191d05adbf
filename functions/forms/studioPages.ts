import { and, eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { applyVariant } from '../../src/engine/variants/applyVariant';
import { variantPagePath } from '../../src/engine/variants/variantPagePath';
import { studioPages } from '../db/tables/studioTables';
import { renderView } from '../http/renderView';
import type { RequestContext } from '../http/requestContext';
import { sha256Hex } from '../lib/sha256Hex';
import { BUILD_ID } from './buildId';

/** A page as stored: its HTML and the strong ETag of exactly those bytes. */
export interface StoredPage {
  path: string;
  html: string;
  etag: string;
}

/** The pages a published form has, as paths under /f/<slug>/: the form, each A/B variant's, its thank-you page, each quiz outcome. */
export function studioPagePaths(form: FormDefinition): string[] {
  return [
    '',
    ...(form.variants ?? []).map((variant) => variantPagePath(variant.id)),
    'thanks/',
    ...(form.quiz?.outcomes ?? []).map((outcome) => `outcome/${outcome.id}/`),
  ];
}

/**
 * One page of a published form, rendered by the same Astro components as a template's built page
 * (src/components/FormPage.astro and its neighbours), through the views the Worker renders.
 */
export async function renderStudioPage(
  rc: RequestContext,
  form: FormDefinition,
  path: string,
): Promise<StoredPage | undefined> {
  const outcome = path.startsWith('outcome/')
    ? form.quiz?.outcomes.find((o) => path === `outcome/${o.id}/`)
    : undefined;
  const variant = form.variants?.find((candidate) => path === variantPagePath(candidate.id));
  const rendered =
    path === ''
      ? await renderView(rc, 'form', { form })
      : variant
        ? await renderView(rc, 'form', { form: applyVariant(form, variant.id) })
        : path === 'thanks/'
          ? await renderView(rc, 'thanks', { form })
          : outcome
            ? await renderView(rc, 'outcome', { form, outcome })
            : undefined;
  if (!rendered?.ok) return undefined;
  const html = await rendered.text();
  return { path, html, etag: `"${(await sha256Hex(html)).slice(0, 32)}"` };
}

/** Statements that store a version's pages (for the batch that publishes it); the same rows are replaced. */
export function storePages(
  db: D1Database,
  form: FormDefinition,
  pages: StoredPage[],
  now: Date,
): BatchItem<'sqlite'>[] {
  const orm = drizzle(db);
  return pages.map((page) =>
    orm
      .insert(studioPages)
      .values({ slug: form.slug, version: form.version, build: BUILD_ID, renderedAt: now, ...page })
      .onConflictDoUpdate({
        target: [studioPages.slug, studioPages.version, studioPages.path],
        set: { build: BUILD_ID, html: page.html, etag: page.etag, renderedAt: now },
      }),
  );
}

/**
 * A published studio form's page as stored: no rendering per view. A page is rendered only if this
 * deploy has not stored it yet (a deploy changes the scripts pages link). 304 when the visitor's copy
 * is current; undefined for a path the form has no page at.
 */
export async function serveStudioPage(
  rc: RequestContext,
  form: FormDefinition,
  path = rc.url.pathname.slice(`/f/${encodeURIComponent(form.slug)}/`.length),
): Promise<Response | undefined> {
  if (!studioPagePaths(form).includes(path)) return undefined;
  const orm = drizzle(rc.env.DB);
  const [stored] = await orm
    .select({ html: studioPages.html, etag: studioPages.etag, build: studioPages.build })
    .from(studioPages)
    .where(and(eq(studioPages.slug, form.slug), eq(studioPages.version, form.version), eq(studioPages.path, path)))
    .limit(1);
  let page: Omit<StoredPage, 'path'> | undefined = stored?.build === BUILD_ID ? stored : undefined;
  if (!page) {
    const fresh = await renderStudioPage(rc, form, path);
    if (!fresh) return undefined;
    const [write] = storePages(rc.env.DB, form, [fresh], rc.now);
    if (write) await orm.batch([write]);
    page = fresh;
  }
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    etag: page.etag,
    // As the built pages: any cache may keep it, but must ask again, so a new version shows at once.
    'cache-control': 'public, max-age=0, must-revalidate',
  };
  const sent = rc.request.headers.get('if-none-match');
  if (sent?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(rc.request.method === 'HEAD' ? null : page.html, { headers });
}
