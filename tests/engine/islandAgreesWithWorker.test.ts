import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../functions/submissions/submit/readSubmission';
import type { Field } from '../../src/engine/fields/fieldKinds';
import { collectEntries } from '../../src/engine/validation/collectEntries';
import { validateAnswers } from '../../src/engine/validation/validateAnswers';
import { templates } from '../../templates';

/** Values a visitor might type or tick: mostly plausible, sometimes wrong. */
function valueFor(field: Field): fc.Arbitrary<string | string[]> {
  const junk = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constant('  '));
  switch (field.kind) {
    case 'select':
    case 'radio':
      return fc.oneof(fc.constantFrom(...field.options.map((o) => o.value)), junk);
    case 'checkboxes':
      return fc.subarray([...field.options.map((o) => o.value), 'not-offered']);
    case 'email':
      return fc.oneof(fc.emailAddress(), junk);
    case 'tel':
      return fc.oneof(fc.constantFrom('+44 20 7946 0958', '+1 212 555 0199', '030 901820', '12'), junk);
    case 'consent':
      return fc.constantFrom('yes', '', 'no');
    case 'number':
    case 'range':
    case 'rating':
      return fc.oneof(fc.integer({ min: -5, max: 12000 }).map(String), junk);
    case 'date':
      return fc.oneof(fc.constantFrom('2026-12-01', '2027-02-30', '2030-01-01'), junk);
    default:
      return fc.oneof(fc.string({ maxLength: 40 }), junk);
  }
}

/** The island's input: the browser's FormData of the filled form. */
function islandInput(answers: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(answers)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return collectEntries(form);
}

/** The Worker's input: the same answers posted url-encoded and read from the request body. */
async function workerInput(answers: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(answers)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const request = new Request('https://formwell.test/f/x/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const read = await readSubmission(request);
  if (!read.ok) throw new Error(read.code);
  return read.input;
}

describe.each([...templates.values()].map((form) => [form.slug, form] as const))('%s', (_, form) => {
  const answers = fc.record(Object.fromEntries(form.fields.map((field) => [field.name, valueFor(field)])));

  it('gets the same verdict from the island and the Worker when both know the country', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.constantFrom('GB', 'US', 'DE'), async (given, country) => {
        const island = validateAnswers(form, islandInput(given), { visitorCountry: country });
        const worker = validateAnswers(form, await workerInput(given), { visitorCountry: country });
        expect(island).toEqual(worker);
      }),
      { numRuns: 60 },
    );
  });

  it('never has the island block a submission the Worker would accept', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.constantFrom(undefined, 'GB', 'DE'), async (given, country) => {
        const worker = validateAnswers(form, await workerInput(given), { visitorCountry: country });
        const island = validateAnswers(form, islandInput(given), { deferNationalPhones: true });
        if (worker.ok) expect(island.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
