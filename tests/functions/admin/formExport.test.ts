import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formExportLayout } from '../../../functions/admin/export/formExportLayout';
import type { Lead } from '../../../functions/db/schema';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { publishForTest } from '../webhooks/webhookFixtures';
import { adminFetch, signIn } from './adminSession';
import { parseCsv } from './parseCsv';

const form = defineForm({
  slug: 'export-per-form',
  title: 'Export per form',
  phoneCountry: 'GB',
  fields: [
    { kind: 'text', name: 'name', label: 'Your name', required: true },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'tel', name: 'phone', label: 'Phone' },
    {
      kind: 'radio',
      name: 'budget',
      label: 'Budget',
      options: [
        { value: 'low', label: 'Under $2,000' },
        { value: 'high', label: '=Over $10,000' },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'topics',
      label: 'Topics',
      options: [
        { value: 'seo', label: 'SEO' },
        { value: 'ads', label: '+Ads' },
      ],
    },
    { kind: 'number', name: 'seats', label: 'Seats' },
    { kind: 'textarea', name: 'note', label: 'Your name' },
  ],
  thankYou: { title: 'Thanks', body: '' },
});

/** Phones as the Worker stores them: E.164 of several countries. */
const PHONES = ['+447911123456', '+12015550123', '+4915112345678', '+33612345678', '+61412345678'];
const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n'];
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...DANGEROUS), fc.string({ unit: 'binary', maxLength: 20 })).map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', 'a;=1+1', '"quoted", too'),
);

const leadArb = fc
  .record({
    name: nasty,
    email: fc.emailAddress(),
    phone: fc.option(fc.constantFrom(...PHONES), { nil: undefined }),
    budget: fc.option(fc.constantFrom('low', 'high'), { nil: undefined }),
    topics: fc.option(fc.subarray(['seo', 'ads'], { minLength: 1 }), { nil: undefined }),
    seats: fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: undefined }),
    note: fc.option(nasty, { nil: undefined }),
    source: fc.option(nasty, { nil: undefined }),
    campaign: fc.option(nasty, { nil: undefined }),
  })
  .map(({ source, campaign, ...answers }): Lead => {
    const stored = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
    return {
      id: crypto.randomUUID(),
      formSlug: form.slug,
      formVersion: form.version,
      answers: stored as Lead['answers'],
      status: 'new',
      score: 10,
      tier: 'cold',
      outcome: null,
      results: { computed: {} },
      createdAt: new Date(1_780_000_000_000),
      screening: 'clean',
      screeningReason: null,
      attribution: { ...(source !== undefined && { utm_source: source }), ...(campaign && { utm_campaign: campaign }) },
      consent: null,
      contactEmail: null,
      contactPhone: null,
      updatedAt: null,
      firstContactAt: null,
      remindedAt: null,
    };
  });

const columnOf = (header: string[], label: string) => header.indexOf(label);

describe('a form’s CSV for spreadsheets', () => {
  it('has no cell that can start a formula in any spreadsheet, however it splits (property)', () => {
    const layout = formExportLayout(form, 'sheets');
    fc.assert(
      fc.property(leadArb, (lead) => {
        const written = layout.row(lead);
        for (const separator of [',', ';', '\t']) {
          const careful = parseCsv(written, separator).flat();
          const careless = written.split(/[;\t\r\n,]/);
          for (const cell of [...careful, ...careless]) {
            const start = cell.replace(/^"/, '');
            // A negative number is a number in every spreadsheet, not a formula.
            if (/^-\d+(\.\d+)?$/.test(start)) continue;
            expect(['=', '+', '-', '@'].includes(start[0] ?? '')).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps phones as text with their "+" and no apostrophe, and shows options by their labels', () => {
    const layout = formExportLayout(form, 'sheets');
    expect(layout.header.startsWith('\uFEFF')).toBe(true);
    const header = parseCsv(layout.header.slice(1))[0] ?? [];
    // One column per question, headed as asked; a label used twice is told apart.
    expect(header.slice(6, 13)).toEqual(['Your name', 'Email', 'Phone', 'Budget', 'Topics', 'Seats', 'Your name (2)']);
    fc.assert(
      fc.property(leadArb, (lead) => {
        const row = parseCsv(layout.row(lead))[0] ?? [];
        const phone = row[columnOf(header, 'Phone')] ?? '';
        if (lead.answers.phone) {
          expect(phone).toMatch(/^\(\+\d{1,3}\) [\d ]+$/);
          expect(phone.replace(/\D/g, '')).toBe(String(lead.answers.phone).slice(1));
        } else expect(phone).toBe('');
        const budget = row[columnOf(header, 'Budget')];
        if (lead.answers.budget === 'low') expect(budget).toBe('Under $2,000');
        // An option label that could be a formula is neutralised like any other text.
        if (lead.answers.budget === 'high') expect(budget).toBe("'=Over $10,000");
      }),
      { numRuns: 300 },
    );
  });
});

describe('a form’s CSV for CRMs', () => {
  it('reads back through a CSV parser to exactly the stored values (property)', () => {
    const layout = formExportLayout(form, 'crm');
    expect(layout.header.startsWith('\uFEFF')).toBe(false);
    const header = parseCsv(layout.header)[0] ?? [];
    fc.assert(
      fc.property(leadArb, (lead) => {
        const [row, ...rest] = parseCsv(layout.row(lead));
        expect(rest).toEqual([]);
        const cell = (label: string) => row?.[columnOf(header, label)];
        const stored = (name: string) => {
          const value = lead.answers[name];
          if (value === undefined) return '';
          return typeof value === 'object' ? value.join('; ') : String(value);
        };
        expect(cell('Lead id')).toBe(lead.id);
        expect(cell('Received')).toBe(lead.createdAt.toISOString());
        expect(cell('Your name')).toBe(stored('name'));
        expect(cell('Your name (2)')).toBe(stored('note'));
        expect(cell('Email')).toBe(stored('email'));
        expect(cell('Phone')).toBe(stored('phone'));
        expect(cell('Budget')).toBe(stored('budget'));
        expect(cell('Topics')).toBe(stored('topics'));
        expect(cell('Seats')).toBe(stored('seats'));
        expect(cell('Campaign')).toBe(lead.attribution?.utm_campaign ?? '');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('GET /api/admin/forms/:slug/leads.csv', () => {
  it('exports the form’s clean leads in the mode asked for, and refuses an unknown mode', async () => {
    publishForTest(form);
    const insert = (id: string, screening: string, phone: string) =>
      env.DB.prepare(
        `insert into leads (id, form_slug, form_version, answers, created_at, screening, attribution)
         values (?, ?, ?, ?, ?, ?, ?)`,
      )
        .bind(
          id,
          form.slug,
          form.version,
          JSON.stringify({ name: 'Ada', email: `${id}@example.com`, phone, budget: 'low' }),
          Date.now(),
          screening,
          JSON.stringify({ utm_source: 'newsletter', utm_campaign: 'spring' }),
        )
        .run();
    await insert('exp-clean', 'clean', '+447911123456');
    await insert('exp-spam', 'spam', '+447911654321');
    const session = await signIn();

    const crm = await adminFetch(`/api/admin/forms/${form.slug}/leads.csv?mode=crm`, session);
    expect(crm.status).toBe(200);
    expect(crm.headers.get('content-disposition')).toMatch(/filename="export-per-form-leads-crm-\d{4}-\d\d-\d\d\.csv"/);
    const [header, ...rows] = parseCsv(await crm.text());
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? [];
    expect(row[header?.indexOf('Phone') ?? -1]).toBe('+447911123456');
    expect(row[header?.indexOf('Source') ?? -1]).toBe('newsletter');
    expect(row[header?.indexOf('Campaign') ?? -1]).toBe('spring');

    const sheets = await (await adminFetch(`/api/admin/forms/${form.slug}/leads.csv`, session)).text();
    expect(sheets).toContain(',(+44) 7911 123456,"Under $2,000",');
    expect(sheets).not.toContain('7911 654321');

    const bad = await adminFetch(`/api/admin/forms/${form.slug}/leads.csv?mode=excel`, session);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: { mode: expect.stringContaining('sheets') } });
  });
});
