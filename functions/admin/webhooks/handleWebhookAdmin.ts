import { findTemplate } from '../../../templates';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { enableEndpoint } from '../../outbox/enableEndpoint';
import { recoverFailed } from '../../outbox/recoverFailed';
import { replayDelivery } from '../../outbox/replayDelivery';
import { endpointDeliveries } from './endpointDeliveries';
import { readDeliveries } from './readDeliveries';
import { readEndpointHealth } from './readEndpointHealth';

const ENDPOINT = /^\/api\/admin\/webhooks\/([a-z0-9-]+)\/([a-z0-9-]+)(\/replay-failed)?$/;
const REPLAY = /^\/api\/admin\/webhooks\/deliveries\/([\w-]{1,80})\/replay$/;

/**
 * `/api/admin/webhooks…` (already past authorizeAdmin): endpoint health, one endpoint's delivery
 * log, replay of one delivery, and replay of an endpoint's failed deliveries (enabling it again first).
 */
export async function handleWebhookAdmin(request: Request, env: Env, path: string): Promise<Response> {
  const read = request.method === 'GET' || request.method === 'HEAD';
  if (path === '/api/admin/webhooks') {
    return read ? json({ endpoints: await readEndpointHealth(env.DB) }) : notAllowed('GET');
  }
  const replay = REPLAY.exec(path);
  if (replay?.[1]) {
    if (read) return notAllowed('POST');
    const replayed = await replayDelivery(env.DB, replay[1], new Date());
    if (replayed.ok) return json({ replayed: 1 });
    return replayed.reason === 'not_found'
      ? errorResponse('not_found')
      : json({ replayed: 0, inFlight: true }, { status: 409 });
  }
  const endpoint = ENDPOINT.exec(path);
  const form = endpoint?.[1] ? findTemplate(endpoint[1]) : undefined;
  if (!endpoint?.[2] || !form?.webhooks?.some((candidate) => candidate.id === endpoint[2]))
    return errorResponse('not_found');
  if (endpoint[3]) {
    if (read) return notAllowed('POST');
    const enabled = await enableEndpoint(env.DB, form.slug, endpoint[2]);
    const replayed = await recoverFailed(env.DB, new Date(0), new Date(), {
      formSlug: form.slug,
      endpoint: endpoint[2],
    });
    return json({ replayed, enabled });
  }
  if (!read) return notAllowed('GET');
  return json({ deliveries: await readDeliveries(env.DB, endpointDeliveries(form.slug, endpoint[2])) });
}

function notAllowed(allow: string): Response {
  return errorResponse('method_not_allowed', { headers: { allow } });
}
