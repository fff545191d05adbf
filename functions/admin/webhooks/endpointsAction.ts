import type { PlatformLead } from '../../db/tables/leadAdsTables';
import { listForms } from '../../forms/listForms';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { readPlatformLeads } from '../leadAds/readPlatformLeads';
import { type EndpointHealth, readEndpointHealth } from './readEndpointHealth';

/** Every webhook endpoint's health (`GET /admin/webhooks/`, `GET /api/admin/webhooks`); the page also lists leads from ad platforms. */
export const endpointsAction = action<null, { endpoints: EndpointHealth[]; leadAds: PlatformLead[] }>({
  parse: () => ({ ok: true, input: null }),
  run: async (_input, rc) => ({
    endpoints: await readEndpointHealth(rc.env.DB, await listForms(rc.env)),
    leadAds: rc.format === 'html' ? await readPlatformLeads(rc.env.DB) : [],
  }),
  json: ({ endpoints }) => json({ endpoints }),
  html: (page, rc) =>
    renderView(rc, 'admin/webhooks', {
      ...page,
      retried: rc.url.searchParams.get('retried') ?? undefined,
      csrfToken: rc.admin?.csrfToken ?? '',
    }),
});
