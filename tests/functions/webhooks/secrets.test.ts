import { describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../../../functions/webhooks/generateWebhookSecret';
import { parseWebhookSecret } from '../../../functions/webhooks/parseWebhookSecret';

const SPEC_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('parseWebhookSecret', () => {
  it('accepts the Standard Webhooks example secret, whose key is exactly 24 bytes', () => {
    const parsed = parseWebhookSecret(SPEC_SECRET);
    expect(parsed.ok && parsed.key.byteLength).toBe(24);
  });

  it('accepts a padded 32-byte secret', () => {
    const parsed = parseWebhookSecret(`whsec_${btoa('k'.repeat(32))}`);
    expect(parsed.ok && [...parsed.key]).toEqual(Array(32).fill('k'.charCodeAt(0)));
  });

  it.each([
    ['a secret without the whsec_ prefix', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'must start with "whsec_"'],
    ['a prefix in the wrong case', 'WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'must start with "whsec_"'],
    ['an empty key', 'whsec_', 'not valid base64'],
    ['URL-safe base64 characters', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa-_', 'not valid base64'],
    ['a line break inside the key', 'whsec_MfKQ9r8GKYqrTwjU\nPD8ILPZIo2LaLaSw', 'not valid base64'],
    ['an impossible length', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwA', 'not valid base64'],
    ['padding where none belongs', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw==', 'not valid base64'],
    ['a key of 23 bytes', `whsec_${btoa('k'.repeat(23))}`, 'decodes to 23 bytes, but at least 24'],
    ['a short key', 'whsec_c2VjcmV0', 'decodes to 6 bytes'],
  ])('rejects %s with a reason', (_, secret, reason) => {
    const parsed = parseWebhookSecret(secret);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('never echoes the secret in its reason', () => {
    const parsed = parseWebhookSecret('whsec_c2VjcmV0');
    expect(!parsed.ok && parsed.reason).not.toContain('c2VjcmV0');
  });
});

describe('generateWebhookSecret', () => {
  it('returns a whsec_ secret holding 32 bytes that parseWebhookSecret accepts', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const parsed = parseWebhookSecret(secret);
    expect(parsed.ok && parsed.key.byteLength).toBe(32);
  });

  it('returns a different secret each time', () => {
    const secrets = new Set(Array.from({ length: 50 }, generateWebhookSecret));
    expect(secrets.size).toBe(50);
  });
});
