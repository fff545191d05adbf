import * as v from 'valibot';
import type { LeadStatus } from '../../db/tables/adminTables';
import { LEAD_STATUSES } from '../../db/tables/leads';
import { action, seeOther } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { errorCause } from '../../lib/errorCause';
import { deliverLeadNow } from '../../outbox/deliverLeadNow';
import { changeLeadStatus, type StatusChange } from './changeLeadStatus';
import { LEAD_ID } from './leadAction';
import { showLead } from './showLead';

const STATUS_PROBLEM = `Choose one of the listed statuses: ${LEAD_STATUSES.join(', ')}.`;
const statusSchema = v.picklist(LEAD_STATUSES, STATUS_PROBLEM);

/**
 * Moving a lead through the pipeline (`POST /admin/leads/:id/status` from its page,
 * `POST /api/admin/leads/:id/status {"status"}`): recorded in its history, `lead.updated` (and, for
 * qualified or won, the ad platforms' conversions) queued and first attempted at once.
 */
export const statusAction = action<
  { id: string; status: LeadStatus },
  { id: string; status: LeadStatus; change: StatusChange }
>({
  parse(rc) {
    const id = rc.params.id ?? '';
    if (!LEAD_ID.test(id)) return { ok: false, code: 'lead_not_found' };
    const status = v.safeParse(statusSchema, rc.body?.status);
    if (!status.success) return { ok: false, code: 'invalid_request', fields: { status: STATUS_PROBLEM } };
    return { ok: true, input: { id, status: status.output } };
  },
  async run({ id, status }, rc) {
    const change = await changeLeadStatus(rc.env, id, status, rc.now);
    // What the change queued (webhooks, a conversion) goes out after the answer, not at the next sweep.
    if (change.ok) {
      rc.ctx.waitUntil(
        deliverLeadNow(rc.env, id).catch((error: unknown) =>
          console.error('status deliveries', { cause: errorCause(error) }),
        ),
      );
    }
    return { id, status, change };
  },
  json({ status, change }) {
    if (change.ok) return json({ status: change.to, from: change.from });
    return change.reason === 'lead_not_found' ? errorResponse('lead_not_found') : json({ status, unchanged: true });
  },
  html({ id, change }, rc) {
    if (!change.ok && change.reason === 'lead_not_found') return showLead(rc, id);
    return seeOther(`/admin/leads/${encodeURIComponent(id)}/?saved=status`);
  },
  htmlInvalid: (failure, rc) =>
    showLead(rc, rc.params.id ?? '', { problem: failure.fields?.status ?? STATUS_PROBLEM, status: 422 }),
});
