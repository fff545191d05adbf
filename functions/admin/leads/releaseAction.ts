import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { LEAD_ID } from './leadAction';
import { type Release, releaseLead } from './releaseLead';
import { showLead } from './showLead';

/**
 * "Not spam" for a lead screening kept back (`POST /admin/leads/:id/release` from its page,
 * `POST /api/admin/leads/:id/release`): it becomes a clean lead and its deliveries go out.
 */
export const releaseAction = action<{ id: string }, { id: string; release: Release }>({
  parse(rc) {
    const id = rc.params.id ?? '';
    return LEAD_ID.test(id) ? { ok: true, input: { id } } : { ok: false, code: 'lead_not_found' };
  },
  run: async ({ id }, rc) => ({ id, release: await releaseLead(rc.env, id, rc.now, rc.url.origin) }),
  json({ release }) {
    if (release.ok) return json({ screening: 'clean' });
    return release.reason === 'lead_not_found'
      ? errorResponse('lead_not_found')
      : json({ screening: 'clean', unchanged: true });
  },
  html({ id, release }, rc) {
    if (!release.ok && release.reason === 'lead_not_found') return showLead(rc, id);
    return seeOther(`/admin/leads/${encodeURIComponent(id)}/?saved=released`);
  },
});
