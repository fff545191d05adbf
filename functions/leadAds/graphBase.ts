import { checkWebhookTarget } from '../../src/engine/webhooks/checkWebhookTarget';
import { envText } from '../lib/envText';

/** Meta's Graph API, a version Meta supports; META_GRAPH_URL names another (a local stand-in in tests). */
export const META_GRAPH_URL = 'https://graph.facebook.com/v22.0';

/**
 * The Graph API base the Worker fetches leads from, checked like a webhook target: https on a public
 * host, loopback only when WEBHOOKS_ALLOW_LOOPBACK is "true" (local development and tests).
 */
export function graphBase(env: Env): { ok: true; url: string } | { ok: false; reason: string } {
  const configured = envText(env, 'META_GRAPH_URL') ?? META_GRAPH_URL;
  const checked = checkWebhookTarget(configured, { allowLoopback: envText(env, 'WEBHOOKS_ALLOW_LOOPBACK') === 'true' });
  if (!checked.ok) return { ok: false, reason: `META_GRAPH_URL: ${checked.reason}` };
  return { ok: true, url: checked.url.href.replace(/\/$/, '') };
}
