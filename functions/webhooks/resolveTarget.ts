import { checkWebhookTarget } from '../../src/engine/webhooks/checkWebhookTarget';
import type { DeliveryTarget } from '../db/tables/outboxTables';
import { envText } from '../lib/envText';
import { parseWebhookSecret, type WebhookKey } from './parseWebhookSecret';

export type ResolvedTarget = { ok: true; url: URL; keys: WebhookKey[] } | { ok: false; reason: string };

/**
 * Reads a delivery's address and signing keys from the Worker's secrets, just before an attempt,
 * and checks the address against the SSRF guard again: loopback only when WEBHOOKS_ALLOW_LOOPBACK
 * is "true" (local development). Reasons never repeat a secret or a secret address.
 */
export function resolveTarget(target: DeliveryTarget, env: Env): ResolvedTarget {
  const url = typeof target.url === 'string' ? target.url : envText(env, target.url.env);
  if (url === undefined && typeof target.url !== 'string') {
    return { ok: false, reason: unset(target.url.env, 'the webhook address') };
  }
  const checked = checkWebhookTarget(url ?? '', { allowLoopback: envText(env, 'WEBHOOKS_ALLOW_LOOPBACK') === 'true' });
  if (!checked.ok) return checked;

  if (target.secret === undefined) return { ok: true, url: checked.url, keys: [] };
  const value = envText(env, target.secret);
  if (value === undefined) return { ok: false, reason: unset(target.secret, 'the whsec_ signing secret') };
  const keys: WebhookKey[] = [];
  // While rotating, the secret holds the new and the old key, space-separated: each gets a signature.
  for (const secret of value.split(/\s+/)) {
    const parsed = parseWebhookSecret(secret);
    if (!parsed.ok) return { ok: false, reason: `The Worker secret ${target.secret}: ${parsed.reason}` };
    keys.push(parsed.key);
  }
  return { ok: true, url: checked.url, keys };
}

function unset(name: string, what: string): string {
  return `The Worker secret ${name}, which holds ${what}, is not set. Set it with \`npx wrangler secret put ${name}\`; deliveries are retried meanwhile.`;
}
