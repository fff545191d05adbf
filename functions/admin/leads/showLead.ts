import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { findForm, formOfFill } from '../../forms/findForm';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import { leadDeliveries } from '../webhooks/leadDeliveries';
import { type DeliveryView, readDeliveries } from '../webhooks/readDeliveries';
import { type LeadRecord, readLead } from './readLead';

export interface LeadDetail {
  record: LeadRecord | undefined;
  deliveries: DeliveryView[];
  /** The form the lead answered, as it is now (undefined when it was removed). */
  form: FormDefinition | undefined;
}

/** Everything the lead page shows: the lead with its history, its deliveries and its form. */
export async function loadLead(rc: RequestContext, id: string): Promise<LeadDetail> {
  const [record, deliveries] = await Promise.all([
    readLead(rc.env.DB, id),
    readDeliveries(rc.env.DB, leadDeliveries(id)),
  ]);
  const current = record ? await findForm(rc.env, record.lead.formSlug) : undefined;
  // The lead's questions are those of the version it answered, not today's.
  const form = current && record ? await formOfFill(rc.env, current, record.lead.formVersion) : undefined;
  return { record, deliveries, form };
}

/** The lead page, with a notice (`?saved=`) or a problem with what the owner just sent. */
export async function showLead(
  rc: RequestContext,
  id: string,
  shown: { saved?: string | undefined; problem?: string | undefined; status?: number } = {},
): Promise<Response> {
  const detail = await loadLead(rc, id);
  return renderView(
    rc,
    'admin/lead',
    { ...detail, id, saved: shown.saved, problem: shown.problem, csrfToken: rc.admin?.csrfToken ?? '' },
    { status: shown.status ?? (detail.record ? 200 : 404) },
  );
}

declare module '../../http/views' {
  interface Views {
    'admin/lead': LeadDetail & AdminView & { id: string; saved?: string | undefined; problem?: string | undefined };
  }
}
