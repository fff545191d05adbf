import { listForms } from '../../forms/listForms';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { type EndpointHealth, readEndpointHealth } from './readEndpointHealth';

/** Every webhook endpoint's health (`GET /admin/webhooks/`, `GET /api/admin/webhooks`). */
export const endpointsAction = action<null, EndpointHealth[]>({
  parse: () => ({ ok: true, input: null }),
  run: async (_input, rc) => readEndpointHealth(rc.env.DB, await listForms(rc.env)),
  json: (endpoints) => json({ endpoints }),
  html: (endpoints, rc) => renderView(rc, 'admin/webhooks', { endpoints, csrfToken: rc.admin?.csrfToken ?? '' }),
});
