import { timingSafeEqual } from '../../lib/timingSafeEqual';
import { hashPassword, PBKDF2_ITERATIONS } from './hashPassword';

export type PasswordCheck = { ok: true } | { ok: false; reason: 'wrong_password' | 'bad_hash' };

const FORMAT = /^pbkdf2-sha256:(\d+):([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/;

/**
 * Checks a password against the stored hash (see hashPassword) with a constant-time comparison.
 * A hash that is not in that form, or asks for more iterations than Workers allow, is `bad_hash`:
 * the secret is misconfigured, which is different from a wrong password.
 */
export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const match = FORMAT.exec(stored.trim());
  const iterations = Number(match?.[1]);
  if (!match?.[2] || !match[3] || !(iterations >= 1 && iterations <= PBKDF2_ITERATIONS)) {
    return { ok: false, reason: 'bad_hash' };
  }
  const salt = Uint8Array.from(atob(match[2]), (c) => c.charCodeAt(0));
  const candidate = await hashPassword(password, salt, iterations);
  const encode = (text: string) => new TextEncoder().encode(text);
  return timingSafeEqual(encode(candidate), encode(stored.trim()))
    ? { ok: true }
    : { ok: false, reason: 'wrong_password' };
}
