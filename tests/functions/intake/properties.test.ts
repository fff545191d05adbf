import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { ORIGIN } from '../helpers';
import { intakeForm } from './intakeFixtures';

const NAMES = ['name', 'email', 'phone', 'plan', 'consent', 'marketing', '_website', '_rt', '__proto__', 'constructor'];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fw',
  'multipart/form-data',
  'text/plain',
  'application/xml',
  '',
];

/** Text that breaks naive code: odd Unicode, CR/LF, a leading "=" (CSV formulas), NUL, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '=HYPERLINK("http://x")',
    '=1+1',
    '+cmd',
    '\r\nBcc: x@y',
    '\u0000',
    '\ud800',
    'a\u202eb',
    '😀'.repeat(40),
  ),
  fc.nat({ max: 80_000 }).map((length) => 'x'.repeat(length)),
  fc.emailAddress(),
);
const value = fc.oneof(
  nasty,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 5 }),
  fc.dictionary(fc.string(), nasty, { maxKeys: 3 }),
);
const answers = fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 20 })), value, {
  maxKeys: 12,
});

const text = (item: unknown) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
const asJson = (input: Record<string, unknown>) => JSON.stringify(input);
const asForm = (input: Record<string, unknown>) => {
  const body = new URLSearchParams();
  for (const [name, item] of Object.entries(input)) {
    for (const one of Array.isArray(item) ? item : [item]) body.append(name, text(one));
  }
  return body.toString();
};
const asMultipart = (input: Record<string, unknown>) =>
  `${Object.entries(input)
    .map(([name, item]) => `------fw\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${text(item)}\r\n`)
    .join('')}------fw--\r\n`;

// Valid answers with arbitrary extra or replaced entries: many are stored, so what is stored gets checked.
const nearlyValid = answers.map((extra) => ({
  name: 'Grace Hopper',
  email: 'grace@example.com',
  plan: 'pro',
  consent: true,
  ...extra,
}));

const anyType = fc.constantFrom(...CONTENT_TYPES);
/** A body and the content type it is sent with: mostly the matching one, sometimes any. */
const request = fc.oneof(
  fc.tuple(nearlyValid.map(asJson), fc.constantFrom('application/json', 'application/json; charset=utf-8')),
  fc.tuple(nearlyValid.map(asForm), fc.constant('application/x-www-form-urlencoded')),
  fc.tuple(nearlyValid.map(asMultipart), fc.constant('multipart/form-data; boundary=----fw')),
  fc.tuple(fc.oneof(answers.map(asJson), answers.map(asForm), answers.map(asMultipart)), anyType),
  fc.tuple(fc.uint8Array({ maxLength: 3_000 }), anyType),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 3_000 }), anyType),
  fc.tuple(
    fc.nat({ max: 90_000 }).map((length) => `{"name":"${'n'.repeat(length)}"}`),
    anyType,
  ),
);

function post(
  slug: string,
  payload: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  key?: string,
): Promise<Response> {
  const headers = new Headers();
  if (contentType) headers.set('content-type', contentType);
  if (key) headers.set('idempotency-key', key);
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${slug}/submissions`, { method: 'POST', headers, body: payload }),
  );
}

async function storedLead(id: string) {
  return env.DB.prepare('select answers, score, tier, outcome, results, screening, consent from leads where id = ?')
    .bind(id)
    .first<{
      answers: string;
      score: number | null;
      tier: string | null;
      outcome: string | null;
      results: string;
      screening: string;
      consent: string;
    }>();
}

describe('properties of the submission API', () => {
  it('never answers 5xx to any body with any content type, and stores only leads the engine accepts', async () => {
    const form = intakeForm('prop-any');
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(request, async ([payload, contentType]) => {
        const response = await post('prop-any', payload, contentType);
        expect(response.status).toBeLessThan(500);
        if (response.status !== 201) return;
        kept++;
        const { id } = await response.json<{ id: string }>();
        const lead = await storedLead(id);
        const stored = JSON.parse(lead?.answers ?? 'null');
        const again = validateAnswers(form, stored);
        expect(again).toEqual({ ok: true, answers: stored });
      }),
      { numRuns: 300 },
    );
    expect(kept).toBeGreaterThan(10);
  }, 120_000);

  it('stores identical leads for the same answers sent form-encoded and as JSON', async () => {
    intakeForm('prop-same');
    let stored = 0;
    const valid = fc.record({
      name: fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.constantFrom('=SUM(A1)', 'Ada\r\nLovelace'),
      ),
      email: fc.oneof(
        { arbitrary: fc.emailAddress(), weight: 1 },
        {
          arbitrary: fc
            .tuple(fc.stringMatching(/^[a-zA-Z0-9][a-z0-9_+-]{0,19}$/), fc.constantFrom('example.com', 'Example.CO.uk'))
            .map(([local, domain]) => `${local}@${domain}`),
          weight: 4,
        },
      ),
      phone: fc.constantFrom('', '020 7946 0958', '+44 20 7946 0958', '07700 900123', 'not a phone'),
      plan: fc.constantFrom('basic', 'pro', 'pro', 'pro', 'gold'),
      consent: fc.constantFrom(true, true, true, true, false),
      marketing: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(valid, async (input) => {
        const json = await post('prop-same', asJson(input), 'application/json', crypto.randomUUID());
        // A browser sends a ticked box as its value and leaves an unticked one out.
        const form = {
          ...input,
          consent: input.consent ? 'yes' : undefined,
          marketing: input.marketing ? 'yes' : undefined,
        };
        const fields = Object.fromEntries(Object.entries(form).filter(([, item]) => item !== undefined));
        const encoded = await post(
          'prop-same',
          asForm(fields),
          'application/x-www-form-urlencoded',
          crypto.randomUUID(),
        );
        expect(encoded.status).toBe(json.status);
        if (json.status !== 201) {
          const refusal = await json.json<{ fields?: object }>();
          expect(await encoded.json()).toEqual(refusal);
          return;
        }
        stored++;
        const [a, b] = await Promise.all(
          [json, encoded].map(async (r) => storedLead((await r.json<{ id: string }>()).id)),
        );
        const comparable = (lead: Awaited<ReturnType<typeof storedLead>> | undefined) => ({
          ...lead,
          consent: JSON.parse(lead?.consent ?? '[]').map(({ givenAt: _, ...rest }: { givenAt: string }) => rest),
        });
        expect(comparable(b)).toEqual(comparable(a));
      }),
      { numRuns: 150 },
    );
    // Most generated answers are valid, so the property is about stored leads, not only refusals.
    expect(stored).toBeGreaterThan(30);
  }, 120_000);
});
