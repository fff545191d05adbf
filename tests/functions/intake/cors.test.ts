import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../helpers';
import { answersFor, intakeForm, leadsOf, submitJson } from './intakeFixtures';

const API = (slug: string) => `${ORIGIN}/api/forms/${slug}/submissions`;
const preflight = (slug: string, origin: string) =>
  exports.default.fetch(
    new Request(API(slug), {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    }),
  );

describe('CORS for embeds', () => {
  it('answers a preflight from an allowed origin with the methods and headers the island sends', async () => {
    intakeForm('cors-allowed', { embed: { origins: ['https://www.partner.example'] } });
    const response = await preflight('cors-allowed', 'https://www.partner.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.partner.example');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, idempotency-key');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('lets an allowed origin read the answer to its submission', async () => {
    intakeForm('cors-post', { embed: { origins: ['https://www.partner.example'] } });
    const response = await submitJson('cors-post', answersFor('embed@example.com'), {
      origin: 'https://www.partner.example',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.partner.example');
    const invalid = await submitJson('cors-post', { name: '' }, { origin: 'https://www.partner.example' });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('access-control-allow-origin')).toBe('https://www.partner.example');
  });

  it('refuses other origins with 403, preflight or not, and stores nothing', async () => {
    intakeForm('cors-refused', { embed: { origins: ['https://www.partner.example'] } });
    const response = await preflight('cors-refused', 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await submitJson('cors-refused', answersFor('evil@example.com'), { origin: 'https://evil.example' });
    expect(post.status).toBe(403);
    expect((await post.json<{ error: { code: string } }>()).error.code).toBe('origin_not_allowed');
    intakeForm('cors-none');
    expect(
      (await submitJson('cors-none', answersFor('x@example.com'), { origin: 'https://www.partner.example' })).status,
    ).toBe(403);
    expect(await leadsOf('cors-refused')).toHaveLength(0);
  });

  it('takes same-origin posts and posts without Origin (servers, the island) as always', async () => {
    intakeForm('cors-same');
    expect((await submitJson('cors-same', answersFor('same@example.com'), { origin: ORIGIN })).status).toBe(201);
    expect((await submitJson('cors-same', answersFor('server@example.com'))).status).toBe(201);
  });

  it('reads origins from a Worker variable named in the definition', async () => {
    intakeForm('cors-env', { embed: { origins: [{ env: 'TEST_EMBED_ORIGINS' }] } });
    expect((await preflight('cors-env', 'https://second.example')).status).toBe(204);
    expect((await preflight('cors-env', 'https://third.example')).status).toBe(403);
  });
});
