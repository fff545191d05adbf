import { FIELD_EDITORS } from '../../../src/engine/fields/fieldEditors';
import { templates } from '../../../templates';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { STUDIO_PAGE_CSP } from '../auth/adminPageHeaders';
import { type StudioState, studioState } from './studioState';
import { studioTarget } from './studioTarget';

/** The editor of one studio form (`GET /admin/forms/:slug/`), and its state as JSON (`GET /api/admin/forms/:slug`). */
export const studioAction = action<Parameters<typeof studioState>[1], StudioState>({
  parse: studioTarget,
  run: (form, rc) => studioState(rc.env.DB, form),
  json: (state) => json(state),
  html: (state, rc) =>
    renderView(
      rc,
      'admin/studio',
      {
        state,
        kinds: Object.keys(FIELD_EDITORS).length,
        templates: [...templates.keys()],
        done: rc.url.searchParams.get('done') ?? undefined,
        problem: rc.url.searchParams.get('problem') ?? undefined,
        csrfToken: rc.admin?.csrfToken ?? '',
      },
      { headers: { 'content-security-policy': STUDIO_PAGE_CSP } },
    ),
});

declare module '../../http/views' {
  interface Views {
    'admin/studio': {
      state: StudioState;
      kinds: number;
      templates: string[];
      done?: string | undefined;
      problem?: string | undefined;
    } & AdminView;
  }
}
