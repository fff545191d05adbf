import { encodeBase64 } from '../lib/base64';

const KEY_BYTES = 32;

/** A new `whsec_<base64>` secret holding 32 bytes from the platform's cryptographic random source. */
export function generateWebhookSecret(): string {
  return `whsec_${encodeBase64(crypto.getRandomValues(new Uint8Array(KEY_BYTES)))}`;
}
