import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../functions/lib/base64';
import { parseWebhookSecret, type WebhookKey } from '../../../functions/webhooks/parseWebhookSecret';
import { signWebhook } from '../../../functions/webhooks/signWebhook';

function key(secret: string): WebhookKey {
  const parsed = parseWebhookSecret(secret);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.key;
}

const OLD_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NEW_SECRET = `whsec_${btoa('n'.repeat(32))}`;
const OTHER_SECRET = `whsec_${btoa('o'.repeat(32))}`;
const BODY = JSON.stringify({ type: 'lead.created', data: { email: 'ada@example.com', name: 'Ada Lovelace' } });

// The receiver rejects timestamps more than five minutes from its clock.
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('signWebhook', () => {
  it('matches the known answer from the Standard Webhooks specification', async () => {
    const headers = await signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
      secrets: [key(OLD_SECRET)],
    });
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      'content-type': 'application/json',
    });
  });

  it('carries one space-separated signature per secret during rotation', async () => {
    const headers = await signWebhook({
      id: 'msg_1',
      timestamp: 1614265330,
      body: BODY,
      secrets: [key(OLD_SECRET), key(NEW_SECRET)],
    });
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}= v1,[A-Za-z0-9+/]{43}=$/);
  });

  it.each([
    ['an id with a dot', { id: 'msg.1' }, TypeError],
    ['an empty id', { id: '' }, TypeError],
    ['a timestamp in milliseconds with a fraction', { timestamp: 1614265330.5 }, RangeError],
    ['a negative timestamp', { timestamp: -1 }, RangeError],
    ['no secrets', { secrets: [] }, TypeError],
  ])('throws on %s, which is a programming error', async (_, change, error) => {
    await expect(
      signWebhook({ id: 'msg_1', timestamp: 1, body: '{}', secrets: [key(OLD_SECRET)], ...change }),
    ).rejects.toThrow(error);
  });
});

describe('a receiver using the standardwebhooks package', () => {
  it('verifies our signature and returns the parsed body', async () => {
    const headers = await signWebhook({ id: 'msg_2', timestamp: nowSeconds(), body: BODY, secrets: [key(OLD_SECRET)] });
    expect(new Webhook(OLD_SECRET).verify(BODY, headers)).toEqual(JSON.parse(BODY));
  });

  it('verifies during rotation whether it knows only the old or only the new secret', async () => {
    const headers = await signWebhook({
      id: 'msg_3',
      timestamp: nowSeconds(),
      body: BODY,
      secrets: [key(OLD_SECRET), key(NEW_SECRET)],
    });
    expect(new Webhook(OLD_SECRET).verify(BODY, headers)).toEqual(JSON.parse(BODY));
    expect(new Webhook(NEW_SECRET).verify(BODY, headers)).toEqual(JSON.parse(BODY));
    expect(() => new Webhook(OTHER_SECRET).verify(BODY, headers)).toThrow('No matching signature found');
  });

  it('rejects a tampered body', async () => {
    const headers = await signWebhook({ id: 'msg_4', timestamp: nowSeconds(), body: BODY, secrets: [key(OLD_SECRET)] });
    const tampered = BODY.replace('ada@example.com', 'eve@example.com');
    expect(() => new Webhook(OLD_SECRET).verify(tampered, headers)).toThrow('No matching signature found');
  });

  it('rejects a replayed signature with a changed id or timestamp', async () => {
    const headers = await signWebhook({ id: 'msg_5', timestamp: nowSeconds(), body: BODY, secrets: [key(OLD_SECRET)] });
    const receiver = new Webhook(OLD_SECRET);
    expect(() => receiver.verify(BODY, { ...headers, 'webhook-id': 'msg_6' })).toThrow('No matching signature found');
    const later = String(Number(headers['webhook-timestamp']) + 1);
    expect(() => receiver.verify(BODY, { ...headers, 'webhook-timestamp': later })).toThrow(
      'No matching signature found',
    );
  });

  it('always verifies random ids, JSON bodies and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^msg_[A-Za-z0-9_-]{1,40}$/),
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()).map((object) => JSON.stringify(object)),
        fc.uint8Array({ minLength: 24, maxLength: 64 }),
        async (id, body, bytes) => {
          const secret = `whsec_${encodeBase64(bytes)}`;
          const headers = await signWebhook({ id, timestamp: nowSeconds(), body, secrets: [key(secret)] });
          expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
        },
      ),
    );
  });
});
