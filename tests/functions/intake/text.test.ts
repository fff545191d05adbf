import { describe, expect, it } from 'vitest';
import { leadsByEmail, post, quoteAnswers } from '../helpers';

const json = (body: unknown) => post('/api/forms/quote/submissions', JSON.stringify(body), 'application/json');

async function fieldsOf(response: Response): Promise<Record<string, string>> {
  return ((await response.json()) as { fields?: Record<string, string> }).fields ?? {};
}

describe('text answers', () => {
  it('refuses a name made only of zero-width and other invisible characters as empty', async () => {
    const response = await json({ ...quoteAnswers('invisible@example.com'), name: '\u200B\u200B\u2060\uFEFF \u200D' });
    expect(response.status).toBe(422);
    expect((await fieldsOf(response)).name).toBe('Please fill in “Your name”.');
  });

  it('strips NUL and ANSI escape characters and stores the text in NFC', async () => {
    const response = await json({
      ...quoteAnswers('controls@example.com'),
      name: 'Zoe\u0000 \u001b[31mCafe\u0301\u001b[0m',
    });
    expect(response.status).toBe(201);
    const [lead] = await leadsByEmail('controls@example.com');
    expect(JSON.parse(lead?.answers ?? '{}').name).toBe('Zoe [31mCafé[0m');
  });

  it('refuses text with a lone surrogate, which is not Unicode', async () => {
    const response = await post(
      '/api/forms/quote/submissions',
      JSON.stringify(quoteAnswers('surrogate@example.com')).replace('"Ada Lovelace"', '"Ada \\ud800"'),
      'application/json',
    );
    expect(response.status).toBe(422);
    expect((await fieldsOf(response)).name).toContain('cannot be read');
  });

  it('answers 422 to several values for a field that takes one, instead of keeping the first', async () => {
    const response = await json({ ...quoteAnswers('two@example.com'), service: ['seo', 'ads'] });
    expect(response.status).toBe(422);
    expect((await fieldsOf(response)).service).toBe('Give one answer here, not several.');
  });

  it('stores the same text for a multipart textarea ("\\r\\n") as for JSON ("\\n")', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...quoteAnswers('multipart@example.com'), consent: 'yes' })) {
      form.set(name, String(value));
    }
    form.set('message', 'Line one\r\nLine two\r\n');
    expect((await post('/api/forms/quote/submissions', form)).status).toBe(201);
    expect((await json({ ...quoteAnswers('jsonbody@example.com'), message: 'Line one\nLine two' })).status).toBe(201);
    const [viaForm] = await leadsByEmail('multipart@example.com');
    const [viaJson] = await leadsByEmail('jsonbody@example.com');
    expect(JSON.parse(viaForm?.answers ?? '{}').message).toBe('Line one\nLine two');
    expect(JSON.parse(viaJson?.answers ?? '{}').message).toBe('Line one\nLine two');
  });
});
