import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { quote } from '../../templates/quote';
import { countLeads, leadsByEmail, ORIGIN, post, quoteAnswers } from './helpers';

const API = '/api/forms/quote/submissions';

describe('POST /api/forms/:slug/submissions', () => {
  it('stores a valid JSON submission with typed answers, the form version and status "new"', async () => {
    const before = Date.now();
    const response = await post(
      API,
      JSON.stringify({ ...quoteAnswers('ada@Example.COM'), score: 99 }),
      'application/json',
    );
    expect(response.status).toBe(201);
    const { id } = await response.json<{ id: string }>();

    const [lead, ...others] = await leadsByEmail('ada@example.com');
    expect(others).toHaveLength(0);
    expect(lead?.id).toBe(id);
    expect(lead?.form_slug).toBe('quote');
    expect(lead?.form_version).toBe(quote.version);
    expect(lead?.status).toBe('new');
    expect(lead?.created_at).toBeGreaterThanOrEqual(before);
    expect(JSON.parse(lead?.answers ?? '{}')).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+442079460958',
      service: 'seo',
      budget: '2k-10k',
      timeline: 'asap',
      message: 'New shop website',
      consent: true,
    });
  });

  it('stores a form-urlencoded submission the same way', async () => {
    const body = new URLSearchParams({ ...quoteAnswers('urlencoded@example.com'), consent: 'yes' });
    const response = await post(API, body.toString(), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(201);
    const [lead] = await leadsByEmail('urlencoded@example.com');
    expect(JSON.parse(lead?.answers ?? '{}')).toMatchObject({ consent: true, budget: '2k-10k' });
  });

  it('stores a multipart submission the same way', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(quoteAnswers('multipart@example.com'))) form.set(name, String(value));
    const response = await exports.default.fetch(new Request(`${ORIGIN}${API}`, { method: 'POST', body: form }));
    expect(response.status).toBe(201);
    expect(await leadsByEmail('multipart@example.com')).toHaveLength(1);
  });

  it.each([
    ['a missing required answer', { name: '' }, 'name', 'Please fill in “Your name”.'],
    ['an email without a domain', { email: 'ada@' }, 'email', 'Enter an email address like name@example.com.'],
    ['a phone number with letters', { phone: 'call me' }, 'phone', expect.stringContaining('phone number')],
    ['an option that is not offered', { service: 'plumbing' }, 'service', 'Choose one of the listed options.'],
    ['a consent box left unticked', { consent: false }, 'consent', expect.stringContaining('tick this box')],
    ['a message over its length limit', { message: 'x'.repeat(2001) }, 'message', 'Use at most 2000 characters.'],
  ])('rejects %s with 422, a message for that field, and stores nothing', async (_, change, field, message) => {
    const before = await countLeads();
    const response = await post(
      API,
      JSON.stringify({ ...quoteAnswers('invalid@example.com'), ...change }),
      'application/json',
    );
    expect(response.status).toBe(422);
    const body = await response.json<{ error: { code: string; message: string }; fields: Record<string, string> }>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/nothing was stored/);
    expect(body.fields).toEqual({ [field]: message });
    expect(await countLeads()).toBe(before);
  });

  it('lists every wrong field at once', async () => {
    const response = await post(API, JSON.stringify({}), 'application/json');
    expect(response.status).toBe(422);
    const { fields } = await response.json<{ fields: Record<string, string> }>();
    expect(Object.keys(fields).sort()).toEqual(['budget', 'consent', 'email', 'name', 'service', 'timeline']);
  });

  it.each([
    ['malformed JSON', '{"name":'],
    ['a JSON array', '[]'],
    ['a nested object as an answer', JSON.stringify({ ...quoteAnswers('nested@example.com'), name: { first: 'A' } })],
  ])('answers 400 to %s and stores nothing', async (_, body) => {
    const before = await countLeads();
    const response = await post(API, body, 'application/json');
    expect(response.status).toBe(400);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('malformed_body');
    expect(await countLeads()).toBe(before);
  });

  it('answers 413 to a body over 64 KiB, even a valid one, and stores nothing', async () => {
    const before = await countLeads();
    const answers = { ...quoteAnswers('big@example.com'), padding: 'x'.repeat(64 * 1024) };
    const response = await post(API, JSON.stringify(answers), 'application/json');
    expect(response.status).toBe(413);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('payload_too_large');
    expect(await countLeads()).toBe(before);
  });

  it('answers 413 to an oversized body streamed without a content-length', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await post(API, stream, 'application/x-www-form-urlencoded');
    expect(response.status).toBe(413);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['no content type', undefined],
  ])('answers 415 to %s and stores nothing', async (_, type) => {
    const before = await countLeads();
    const response = await post(API, 'name=Ada', type);
    expect(response.status).toBe(415);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unsupported_media_type');
    expect(await countLeads()).toBe(before);
  });

  it('answers 404 for an unknown form and stores nothing', async () => {
    const before = await countLeads();
    const response = await post(
      '/api/forms/no-such-form/submissions',
      JSON.stringify(quoteAnswers('x@example.com')),
      'application/json',
    );
    expect(response.status).toBe(404);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('form_not_found');
    expect(await countLeads()).toBe(before);
  });

  it('answers 405 with an Allow header to a GET', async () => {
    const response = await exports.default.fetch(`${ORIGIN}${API}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('answers 503 and asks for a retry when D1 cannot store a valid lead', async () => {
    await env.DB.exec('ALTER TABLE leads RENAME TO leads_away');
    try {
      const response = await post(API, JSON.stringify(quoteAnswers('outage@example.com')), 'application/json');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe('storage_unavailable');
    } finally {
      await env.DB.exec('ALTER TABLE leads_away RENAME TO leads');
    }
    const retry = await post(API, JSON.stringify(quoteAnswers('outage@example.com')), 'application/json');
    expect(retry.status).toBe(201);
    expect(await leadsByEmail('outage@example.com')).toHaveLength(1);
  });
});

describe('other API routes', () => {
  it('answers 200 on /api/health', async () => {
    const response = await exports.default.fetch(`${ORIGIN}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 404 with the catalogue error on an unknown API path', async () => {
    const response = await exports.default.fetch(`${ORIGIN}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('not_found');
  });
});
