/** Standard base64 (RFC 4648 §4, with padding), the encoding Standard Webhooks uses for keys and signatures. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
