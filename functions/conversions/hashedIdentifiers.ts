import { sha256Hex } from '../lib/sha256Hex';

/**
 * A lead's email and phone as the ad platforms match them: normalised, then SHA-256 in hex. Email:
 * trimmed, lower-case. Phone: the digits of its E.164 form, country code first, no "+" and no
 * leading zeros (Meta's Conversions API rules; its documented examples are the tests).
 */
export async function hashedIdentifiers(contact: {
  email?: string | null | undefined;
  phone?: string | null | undefined;
}): Promise<{ em?: string; ph?: string }> {
  const email = contact.email?.trim().toLowerCase();
  const phone = contact.phone?.replace(/\D/g, '').replace(/^0+/, '');
  return {
    ...(email && { em: await sha256Hex(email) }),
    ...(phone && { ph: await sha256Hex(phone) }),
  };
}
