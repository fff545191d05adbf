import { action } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { type LeadDetail, loadLead, showLead } from './showLead';

export const LEAD_ID = /^[\w-]{1,64}$/;

/** One lead with its answers, history and deliveries (`GET /admin/leads/:id/`, `GET /api/admin/leads/:id`). */
export const leadAction = action<string, LeadDetail & { id: string }>({
  parse: (rc) => {
    const id = rc.params.id ?? '';
    return LEAD_ID.test(id) ? { ok: true, input: id } : { ok: false, code: 'lead_not_found' };
  },
  run: async (id, rc) => ({ ...(await loadLead(rc, id)), id }),
  json: ({ record, deliveries }) => (record ? json({ ...record, deliveries }) : errorResponse('lead_not_found')),
  html: ({ id }, rc) => showLead(rc, id, { saved: rc.url.searchParams.get('saved') ?? undefined }),
});
