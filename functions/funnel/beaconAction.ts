import { formSteps } from '../../src/engine/definition/formSteps';
import { findForm } from '../forms/findForm';
import { shownVariant } from '../forms/variants/shownVariant';
import { readBody } from '../http/readBody';
import type { RequestContext } from '../http/requestContext';
import { readRenderToken } from '../submissions/screening/renderToken';
import { countFunnelEvent } from './countFunnelEvent';
import { funnelSource } from './funnelSource';
import { sourceOfPageRequest } from './visitSource';

/** The largest beacon body read, in bytes. */
const MAX_BEACON_BYTES = 512;

/**
 * POST /api/forms/:slug/events from the island's beacon (src/islands/trackFunnel.ts): a body
 * `{"e":"start"|"step","s":"<step id>","u":"<utm_source>","t":"<render token>","v":"<A/B variant>"}` in any content type
 * (sendBeacon sends text/plain), counted under the visit's first touch (visitSource.ts). Counted only with a render token this Worker issued for the form's
 * page in the last day (so only for a page actually served and touched), within the client's and the
 * day's limits (countFunnelEvent). Always 204: a beacon has nobody to read an error.
 */
export async function beaconAction(rc: RequestContext): Promise<Response> {
  const { request, env } = rc;
  const noContent = new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  const form = await findForm(env, rc.params.slug ?? '');
  if (!form) return noContent;
  const body = await readBody(request);
  if (!body.ok || body.bytes.byteLength > MAX_BEACON_BYTES) return noContent;
  let beacon: { e?: unknown; s?: unknown; u?: unknown; t?: unknown; v?: unknown };
  try {
    beacon = JSON.parse(new TextDecoder().decode(body.bytes)) as typeof beacon;
  } catch {
    return noContent;
  }
  if (typeof beacon.t !== 'string' || !env.FORM_TOKEN_SECRET) return noContent;
  const token = await readRenderToken(env.FORM_TOKEN_SECRET, form.slug, beacon.t, Date.now());
  if (token.kind !== 'valid') return noContent;
  // The visit's first touch, as its view and its lead count it; the page's own word only without cookie or Referer.
  const source =
    sourceOfPageRequest(request, rc.now) ?? funnelSource(typeof beacon.u === 'string' ? beacon.u : undefined);
  const shown = await shownVariant(env.DB, form, beacon.v);
  const variant = shown?.inTest ? shown.id : undefined;
  if (beacon.e === 'start') {
    await countFunnelEvent(env, request, { form: form.slug, source, kind: 'start', variant });
  } else if (beacon.e === 'step' && formSteps(form).some((step, i) => i > 0 && step.id === beacon.s)) {
    await countFunnelEvent(env, request, { form: form.slug, source, kind: 'step', step: String(beacon.s), variant });
  }
  return noContent;
}
