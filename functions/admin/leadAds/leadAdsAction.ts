import type { PlatformLead } from '../../db/tables/leadAdsTables';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { readPlatformLeads } from './readPlatformLeads';

/** Leads from ad platforms and where each stands (`GET /api/admin/lead-ads`; the webhooks page shows them too). */
export const leadAdsAction = action<null, PlatformLead[]>({
  parse: () => ({ ok: true, input: null }),
  run: (_input, rc) => readPlatformLeads(rc.env.DB),
  json: (rows) => json({ leads: rows }),
  html: () => new Response(null, { status: 303, headers: { location: '/admin/webhooks/#lead-ads' } }),
});
