import type { FormInput } from '../../../src/engine/definition/formSchema';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { formAsTypeScript } from '../../../src/engine/studio/formAsTypeScript';
import { findTemplate } from '../../../templates';
import { errorPage } from '../../http/errorPage';
import { errorResponse } from '../../http/errorResponse';
import type { RequestContext } from '../../http/requestContext';
import { readStudioForm } from './studioRecords';

/**
 * Any form as a file to keep in the repository (`GET /admin/forms/:slug/export.ts`, a templates/ file
 * that defineForm checks at build time) or to import elsewhere (`export.json`, and the same under
 * /api/admin/forms/): a studio form's current draft, a template's definition.
 */
export function formFileAction(format: 'ts' | 'json') {
  return async (rc: RequestContext): Promise<Response> => {
    const slug = rc.params.slug ?? '';
    const template = findTemplate(slug);
    const studio = template ? undefined : await readStudioForm(rc.env.DB, slug);
    const input: FormInput | undefined = template ? definitionJson(template) : (studio?.draft as FormInput | undefined);
    if (!input)
      return rc.format === 'json'
        ? errorResponse('studio_form_not_found')
        : errorPage('studio_form_not_found', undefined, {}, '/admin/forms/');
    const body = format === 'ts' ? formAsTypeScript(input) : `${JSON.stringify(input, null, 2)}\n`;
    return new Response(body, {
      headers: {
        'content-type': format === 'ts' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${slug}.${format}"`,
        'cache-control': 'no-store',
      },
    });
  };
}
