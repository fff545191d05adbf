declare const webhookKey: unique symbol;

/** An HMAC key that passed `parseWebhookSecret`, so it is known to be long enough to sign with. */
export type WebhookKey = Uint8Array<ArrayBuffer> & { readonly [webhookKey]: true };

export type ParsedWebhookSecret = { ok: true; key: WebhookKey } | { ok: false; reason: string };

/** Standard Webhooks recommends keys of 24 to 64 random bytes; shorter keys are guessable. */
export const MIN_WEBHOOK_KEY_BYTES = 24;

const PREFIX = 'whsec_';
// Standard alphabet only: a URL-safe or whitespace-broken secret is a copy-paste error worth reporting.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Reads a `whsec_<base64>` secret as shown to users and accepted by Standard Webhooks libraries. */
export function parseWebhookSecret(secret: string): ParsedWebhookSecret {
  if (!secret.startsWith(PREFIX)) {
    return {
      ok: false,
      reason: `The webhook secret must start with "${PREFIX}". Copy the whole secret, including its prefix, or generate a new one.`,
    };
  }
  const encoded = secret.slice(PREFIX.length);
  // A length of 4n+1 characters cannot be base64 (atob rejects it too, but without saying why).
  if (!BASE64.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) {
    return {
      ok: false,
      reason: `The webhook secret after "${PREFIX}" is not valid base64 (letters, digits, "+" and "/", optionally "=" at the end). Check that it was copied completely, without spaces or line breaks.`,
    };
  }
  let binary: string;
  try {
    binary = atob(encoded);
  } catch (error) {
    if (!(error instanceof DOMException)) throw error;
    return {
      ok: false,
      reason: `The webhook secret after "${PREFIX}" is not valid base64. Check that it was copied completely.`,
    };
  }
  if (binary.length < MIN_WEBHOOK_KEY_BYTES) {
    return {
      ok: false,
      reason: `The webhook secret decodes to ${binary.length} bytes, but at least ${MIN_WEBHOOK_KEY_BYTES} are needed to be hard to guess. Generate a new secret.`,
    };
  }
  const key = Uint8Array.from(binary, (char) => char.charCodeAt(0)) as WebhookKey;
  return { ok: true, key };
}
