import { formSteps } from '../../src/engine/definition/formSteps';
import { findTemplate } from '../../templates';
import { readBody } from '../submissions/readBody';
import { funnelSource } from './funnelSource';
import { recordFunnelEvent } from './recordFunnelEvent';

/** The largest beacon body read, in bytes. */
const MAX_BEACON_BYTES = 512;

/**
 * POST /api/forms/:slug/events from the island's beacon (src/islands/trackFunnel.ts): a body
 * `{"e":"start"|"step","s":"<step id>","u":"<utm_source>"}` in any content type (sendBeacon sends
 * text/plain). Always 204: a beacon has nobody to read an error, and a bad one is simply not counted.
 */
export async function handleFunnelBeacon(request: Request, env: Env, slug: string): Promise<Response> {
  const noContent = new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  const form = findTemplate(slug);
  if (request.method !== 'POST' || !form) return noContent;
  const body = await readBody(request);
  if (!body.ok || body.bytes.byteLength > MAX_BEACON_BYTES) return noContent;
  const text = new TextDecoder().decode(body.bytes);
  let beacon: { e?: unknown; s?: unknown; u?: unknown };
  try {
    beacon = JSON.parse(text) as typeof beacon;
  } catch {
    return noContent;
  }
  const source = funnelSource(typeof beacon.u === 'string' ? beacon.u : undefined);
  if (beacon.e === 'start') {
    await recordFunnelEvent(env.DB, { form: form.slug, source, kind: 'start' }, new Date());
  } else if (beacon.e === 'step' && formSteps(form).some((step, i) => i > 0 && step.id === beacon.s)) {
    await recordFunnelEvent(env.DB, { form: form.slug, source, kind: 'step', step: String(beacon.s) }, new Date());
  }
  return noContent;
}
