import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { deleteScreenedLead, type ScreenedDeletion } from './deleteScreenedLead';
import { LEAD_ID } from './leadAction';
import { showLead } from './showLead';

/**
 * Deleting a spam or held lead (`POST /admin/leads/:id/delete` from the review view or the lead's
 * page, `POST /api/admin/leads/:id/delete`). A second press finds nothing: the page goes back to the review, the API answers 404.
 */
export const deleteAction = action<{ id: string }, { id: string; deletion: ScreenedDeletion }>({
  parse(rc) {
    const id = rc.params.id ?? '';
    return LEAD_ID.test(id) ? { ok: true, input: { id } } : { ok: false, code: 'lead_not_found' };
  },
  run: async ({ id }, rc) => ({ id, deletion: await deleteScreenedLead(rc.env.DB, id) }),
  json: ({ deletion }) => (deletion.ok ? json({ deleted: true }) : errorResponse(deletion.reason)),
  html({ id, deletion }, rc) {
    if (!deletion.ok && deletion.reason === 'lead_not_screened') {
      return showLead(rc, id, {
        problem: 'Only spam and held leads can be deleted here; use Privacy for a real lead.',
        status: 409,
      });
    }
    // Gone, now or by an earlier click: back to the review, which no longer lists it.
    return seeOther('/admin/?screening=review&saved=deleted');
  },
});
