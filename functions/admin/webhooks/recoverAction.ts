import { action, seeOther } from '../../http/action';
import { json } from '../../http/json';
import { enableEndpoint } from '../../outbox/endpointState';
import { recoverFailed } from '../../outbox/recoverFailed';
import { findEndpoint } from './endpointAction';

/**
 * Sending an endpoint's failed deliveries again, enabling it first if it was disabled
 * (`POST /admin/webhooks/:form/:endpoint/replay-failed`, the same under /api/admin).
 */
export const recoverAction = action<
  { form: string; endpoint: string },
  { form: string; endpoint: string; replayed: number; enabled: boolean }
>({
  async parse(rc) {
    const found = await findEndpoint(rc);
    return found
      ? { ok: true, input: { form: found.form.slug, endpoint: found.endpoint.id } }
      : { ok: false, code: 'not_found' };
  },
  async run({ form, endpoint }, rc) {
    const enabled = await enableEndpoint(rc.env.DB, form, endpoint);
    const replayed = await recoverFailed(rc.env.DB, new Date(0), rc.now, { formSlug: form, endpoint });
    return { form, endpoint, replayed, enabled };
  },
  json: ({ replayed, enabled }) => json({ replayed, enabled }),
  html: ({ form, endpoint, replayed }) => seeOther(`/admin/webhooks/${form}/${endpoint}/?done=recovered-${replayed}`),
});
