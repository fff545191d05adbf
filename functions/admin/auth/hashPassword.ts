// No imports: scripts/devVars.mjs and scripts/hashPassword.mjs load this file directly in Node 22.

/**
 * Workers refuse a PBKDF2 call above 100,000 iterations (local workerd does not), so this is the most
 * we can use, below OWASP's 600,000 for PBKDF2-HMAC-SHA-256: the sign-in limits make up for it.
 */
export const PBKDF2_ITERATIONS = 100_000;

/**
 * The stored form of the owner password: `pbkdf2-sha256:<iterations>:<salt b64>:<hash b64>`,
 * a 32-byte PBKDF2-HMAC-SHA-256 of the password with a random 16-byte salt. Colons, not `$`:
 * wrangler expands `$NAME` in .dev.vars, and a base64 salt can start with a letter.
 */
export async function hashPassword(
  password: string,
  salt: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(16)),
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  return `pbkdf2-sha256:${iterations}:${b64(salt)}:${b64(new Uint8Array(bits))}`;
}
