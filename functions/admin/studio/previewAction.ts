import { checkForm } from '../../../src/engine/definition/checkForm';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Problem } from '../../../src/engine/definition/problem';
import type { StudioForm } from '../../db/tables/studioTables';
import { action } from '../../http/action';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import type { Preview } from '../../http/views';
import { CSRF_FIELD } from '../auth/csrfField';
import { previewHeaders } from './previewHeaders';
import { studioTarget } from './studioTarget';

type Output = { kind: 'problems'; problems: Problem[] } | { kind: 'form'; form: FormDefinition };

/**
 * The studio's preview of a draft (`GET /admin/forms/:slug/preview/`, its `thanks/` and
 * `outcome/:id/`): rendered by the components the published pages use, with posts that go to the
 * admin and store nothing. A draft with problems shows them instead.
 */
export const previewAction = action<StudioForm, Output>({
  parse: studioTarget,
  async run(studio) {
    const checked = checkForm(studio.draft);
    return checked.ok ? { kind: 'form', form: checked.form } : { kind: 'problems', problems: checked.problems };
  },
  async html(output, rc) {
    if (output.kind === 'problems') {
      return framed(await renderView(rc, 'admin/previewProblems', { problems: output.problems }));
    }
    const { form } = output;
    const preview: Preview = { csrfField: CSRF_FIELD, csrfToken: rc.admin?.csrfToken ?? '' };
    const path = rc.url.pathname.slice(`/admin/forms/${encodeURIComponent(form.slug)}/preview/`.length);
    const outcome = form.quiz?.outcomes.find((o) => path === `outcome/${o.id}/`);
    const step = rc.url.searchParams.get('step') ?? undefined;
    const page =
      path === ''
        ? await renderView(rc, 'form', { form, preview, ...(step && { stepId: step }) })
        : path === 'thanks/'
          ? await renderView(rc, 'thanks', { form, preview })
          : outcome
            ? await renderView(rc, 'outcome', { form, outcome, preview })
            : undefined;
    return page
      ? framed(page)
      : framed(await renderView(rc, 'admin/previewProblems', { problems: [] }, { status: 404 }));
  },
});

/** A preview page with the headers that let the studio frame it and nothing else run in it. */
export async function framed(page: Response): Promise<Response> {
  const html = await page.text();
  const headers = new Headers(page.headers);
  for (const [name, value] of Object.entries(await previewHeaders(html))) headers.set(name, value);
  return new Response(html, { status: page.status, headers });
}

/** The preview page of a draft with problems: what to fix before it can be previewed. */
export function previewProblems(rc: RequestContext, problems: Problem[], status = 200): Promise<Response> {
  return renderView(rc, 'admin/previewProblems', { problems }, { status }).then(framed);
}

declare module '../../http/views' {
  interface Views {
    'admin/previewProblems': { problems: Problem[] };
  }
}
