import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { WebhookEndpoint } from '../../../src/engine/webhooks/webhookSchema';
import { findForm } from '../../forms/findForm';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import { endpointDeliveries } from './endpointDeliveries';
import { type DeliveryView, readDeliveries } from './readDeliveries';

/** A form's webhook endpoint, from the route's `:form` and `:endpoint`, or undefined. */
export async function findEndpoint(
  rc: RequestContext,
): Promise<{ form: FormDefinition; endpoint: WebhookEndpoint } | undefined> {
  const form = await findForm(rc.env, rc.params.form ?? '');
  const endpoint = form?.webhooks?.find((candidate) => candidate.id === rc.params.endpoint);
  return form && endpoint ? { form, endpoint } : undefined;
}

/** One endpoint's delivery log (`GET /admin/webhooks/:form/:endpoint/`, `GET /api/admin/webhooks/:form/:endpoint`). */
export const endpointAction = action<
  { form: FormDefinition; endpoint: WebhookEndpoint },
  { form: FormDefinition; endpoint: WebhookEndpoint; deliveries: DeliveryView[] }
>({
  async parse(rc) {
    const found = await findEndpoint(rc);
    return found ? { ok: true, input: found } : { ok: false, code: 'not_found' };
  },
  run: async ({ form, endpoint }, rc) => ({
    form,
    endpoint,
    deliveries: await readDeliveries(rc.env.DB, endpointDeliveries(form.slug, endpoint.id)),
  }),
  json: ({ deliveries }) => json({ deliveries }),
  html: (log, rc) =>
    renderView(rc, 'admin/endpoint', {
      ...log,
      done: rc.url.searchParams.get('done') ?? rc.url.searchParams.get('saved') ?? '',
      csrfToken: rc.admin?.csrfToken ?? '',
    }),
});
