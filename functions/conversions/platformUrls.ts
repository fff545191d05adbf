import { checkWebhookTarget } from '../../src/engine/webhooks/checkWebhookTarget';
import { envText } from '../lib/envText';

const DEFAULTS = {
  // A Graph API version Meta supports: lead ads read from it, the Conversions API posts to it.
  META_GRAPH_URL: 'https://graph.facebook.com/v22.0',
  GOOGLE_ADS_API_URL: 'https://googleads.googleapis.com/v21',
  GOOGLE_OAUTH_TOKEN_URL: 'https://oauth2.googleapis.com/token',
} as const;

/**
 * An ad platform's address: the platform's own unless the named variable points elsewhere (a newer
 * version; a local stand-in, which must be loopback and needs WEBHOOKS_ALLOW_LOOPBACK), checked like
 * a webhook target.
 */
export function platformUrl(
  env: Env,
  name: keyof typeof DEFAULTS,
): { ok: true; url: string } | { ok: false; reason: string } {
  const configured = envText(env, name) ?? DEFAULTS[name];
  const checked = checkWebhookTarget(configured, { allowLoopback: envText(env, 'WEBHOOKS_ALLOW_LOOPBACK') === 'true' });
  if (!checked.ok) return { ok: false, reason: `${name}: ${checked.reason}` };
  return { ok: true, url: checked.url.href.replace(/\/$/, '') };
}
