import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { publishForTest } from '../webhooks/webhookFixtures';
import { adminFetch, type SignedIn, signIn } from './adminSession';

const SLUG = 'results-ten-thousand';
const COUNT = 10_000;
const PLANS = [
  { value: 'starter', label: 'Starter' },
  { value: 'team', label: 'Team' },
  { value: 'scale', label: 'Scale' },
];
const EXTRAS = [
  { value: 'onboarding', label: 'Onboarding' },
  { value: 'support', label: 'Priority support' },
  { value: 'sso', label: 'Single sign-on' },
];

const form = defineForm({
  slug: SLUG,
  title: 'Results at scale',
  fields: [
    { kind: 'text', name: 'name', label: 'Your name', required: true },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'radio', name: 'plan', label: 'Which plan?', options: PLANS },
    { kind: 'checkboxes', name: 'extras', label: 'Extras', options: EXTRAS },
    { kind: 'rating', name: 'stars', label: 'How likely are you to buy?', max: 5 },
    { kind: 'number', name: 'seats', label: 'Seats', min: 1, max: 5000 },
    { kind: 'textarea', name: 'note', label: 'Anything else?' },
  ],
  calculations: [
    { name: 'yearly', label: 'Yearly price', formula: 'seats * 120', format: { style: 'currency', currency: 'USD' } },
  ],
  thankYou: { title: 'Thanks', body: '' },
});

interface Fixture {
  id: string;
  createdAt: number;
  tier: 'hot' | 'warm' | 'cold';
  screening: 'clean' | 'spam';
  answers: Record<string, unknown>;
  yearly: number | undefined;
}

/** Lead i, the same every run: answers cover every shape (missing, several ticks, unusual values). */
function fixture(i: number): Fixture {
  const answers: Record<string, unknown> = { name: `Person ${i}`, email: `p${i}@example.com` };
  if (i % 11 !== 0) answers.plan = PLANS[(i * 7) % 3]?.value;
  if (i % 97 === 5) answers.plan = 'legacy';
  const extras = EXTRAS.filter((_, k) => (i >> k) % 3 === 0).map((extra) => extra.value);
  if (extras.length > 0) answers.extras = extras;
  if (i % 4 !== 0) answers.stars = 1 + ((i * 13) % 5);
  const seats = i % 5 === 0 ? undefined : 1 + ((i * 37) % 400);
  if (seats !== undefined) answers.seats = seats;
  if (i % 9 === 0) answers.note = `Note number ${i}`;
  return {
    id: `res-${String(i).padStart(5, '0')}`,
    createdAt: 1_780_000_000_000 + i * 60_000,
    tier: (['hot', 'warm', 'cold'] as const)[i % 3] ?? 'cold',
    screening: i % 50 === 7 ? 'spam' : 'clean',
    answers,
    yearly: seats === undefined ? undefined : seats * 120,
  };
}

const fixtures = Array.from({ length: COUNT }, (_, i) => fixture(i));
const clean = fixtures.filter((lead) => lead.screening === 'clean');

/** Writes the fixtures 500 at a time, each batch one JSON parameter (D1 binds at most 100 per statement). */
async function seed() {
  const statements = [];
  for (let i = 0; i < fixtures.length; i += 500) {
    const rows = fixtures
      .slice(i, i + 500)
      .map((lead) => [
        lead.id,
        JSON.stringify(lead.answers),
        lead.tier === 'hot' ? 70 : 10,
        lead.tier,
        JSON.stringify({ computed: lead.yearly === undefined ? {} : { yearly: lead.yearly } }),
        lead.createdAt,
        lead.screening,
      ]);
    statements.push(
      env.DB.prepare(
        `insert into leads (id, form_slug, form_version, answers, status, score, tier, results, created_at, screening)
         select value ->> 0, ?1, ?2, value ->> 1, 'new', value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
         from json_each(?3)`,
      ).bind(SLUG, form.version, JSON.stringify(rows)),
    );
  }
  await env.DB.batch(statements);
}

/** The reference median, written here rather than taken from the Worker. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[Math.floor(mid)] ?? 0);
}

let session: SignedIn;
beforeAll(async () => {
  publishForTest(form);
  await seed();
  session = await signIn();
}, 60_000);

interface SummaryBody {
  total: number;
  tiers: { value: string; count: number }[];
  fields: {
    name: string;
    kind: string;
    answered: number;
    bars?: { value: string; label: string; count: number }[];
    mean?: number;
    spread?: { count: number; min: number; median: number; mean: number; max: number; histogram: { count: number }[] };
    samples?: string[];
  }[];
  figures: { name: string; spread: { count: number; min: number; max: number; median: number } | null }[];
}

describe('a form’s results at 10,000 leads', () => {
  it('summarises every question as counted here from the same fixtures (spam left out)', async () => {
    const response = await adminFetch(`/api/admin/forms/${SLUG}/summary`, session);
    expect(response.status).toBe(200);
    const summary = await response.json<SummaryBody>();
    expect(summary.total).toBe(clean.length);
    const field = (name: string) => summary.fields.find((f) => f.name === name);
    const countOf = (pick: (lead: Fixture) => unknown[]) => {
      const counts: Record<string, number> = {};
      for (const lead of clean)
        for (const value of pick(lead)) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      return counts;
    };
    const barsAsCounts = (name: string) =>
      Object.fromEntries((field(name)?.bars ?? []).filter((bar) => bar.count > 0).map((bar) => [bar.value, bar.count]));

    // Choices: every option in the form's order (with labels), then a value the form no longer offers.
    expect(barsAsCounts('plan')).toEqual(countOf((lead) => (lead.answers.plan ? [lead.answers.plan] : [])));
    expect(field('plan')?.bars?.map((bar) => bar.label)).toEqual(['Starter', 'Team', 'Scale', 'legacy']);
    // Checkboxes: one count per tick; "answered" counts people.
    expect(barsAsCounts('extras')).toEqual(countOf((lead) => (lead.answers.extras as string[] | undefined) ?? []));
    expect(field('extras')?.answered).toBe(clean.filter((lead) => lead.answers.extras).length);
    // Rating: the whole scale and the average.
    const stars = clean.flatMap((lead) => (lead.answers.stars === undefined ? [] : [lead.answers.stars as number]));
    expect(barsAsCounts('stars')).toEqual(
      countOf((lead) => (lead.answers.stars === undefined ? [] : [lead.answers.stars])),
    );
    expect(field('stars')?.bars?.map((bar) => bar.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(field('stars')?.mean).toBeCloseTo(stars.reduce((a, b) => a + b, 0) / stars.length, 9);
    // Numbers: the spread, and a histogram that holds every answer.
    const seats = clean.flatMap((lead) => (lead.answers.seats === undefined ? [] : [lead.answers.seats as number]));
    const spread = field('seats')?.spread;
    expect(spread).toMatchObject({
      count: seats.length,
      min: Math.min(...seats),
      max: Math.max(...seats),
      median: median(seats),
    });
    expect(spread?.mean).toBeCloseTo(seats.reduce((a, b) => a + b, 0) / seats.length, 6);
    expect(spread?.histogram.reduce((sum, bar) => sum + bar.count, 0)).toBe(seats.length);
    // Free text: the latest five; contact details only counted.
    const notes = clean.filter((lead) => lead.answers.note).sort((a, b) => b.createdAt - a.createdAt);
    expect(field('note')?.samples).toEqual(notes.slice(0, 5).map((lead) => lead.answers.note));
    expect(field('email')).toEqual({ kind: 'count', name: 'email', label: 'Email', answered: clean.length });
    // Tiers and a calculated figure.
    expect(Object.fromEntries(summary.tiers.map((bar) => [bar.value, bar.count]))).toEqual(
      countOf((lead) => [lead.tier]),
    );
    const yearly = clean.flatMap((lead) => (lead.yearly === undefined ? [] : [lead.yearly]));
    expect(summary.figures[0]?.spread).toMatchObject({ count: yearly.length, max: Math.max(...yearly) });
  });

  it('filters the summary like the table (hot leads only)', async () => {
    const summary = await (await adminFetch(`/api/admin/forms/${SLUG}/summary?tier=hot`, session)).json<SummaryBody>();
    expect(summary.total).toBe(clean.filter((lead) => lead.tier === 'hot').length);
  });

  it('sorts the table by a choice in the form’s order of options, then by newest', async () => {
    const response = await adminFetch(`/api/admin/forms/${SLUG}/results?sort=plan&dir=asc&page=3`, session);
    expect(response.status).toBe(200);
    const body = await response.json<{
      total: number;
      pages: number;
      leads: { id: string }[];
      columns: { label: string }[];
    }>();
    const rank = (lead: Fixture) => {
      const at = PLANS.findIndex((plan) => plan.value === lead.answers.plan);
      // A value the form no longer offers after the options; no answer last either way.
      return lead.answers.plan === undefined ? PLANS.length + 1 : at === -1 ? PLANS.length : at;
    };
    const expected = [...clean].sort((a, b) => rank(a) - rank(b) || b.createdAt - a.createdAt);
    expect(body.total).toBe(clean.length);
    expect(body.pages).toBe(Math.ceil(clean.length / 50));
    expect(body.leads.map((lead) => lead.id)).toEqual(expected.slice(100, 150).map((lead) => lead.id));
    // Turned round, the options run the other way and the unanswered stay last.
    const last = await (
      await adminFetch(`/api/admin/forms/${SLUG}/results?sort=plan&dir=desc&page=${body.pages}`, session)
    ).json<{ leads: { id: string }[] }>();
    const unanswered = clean
      .filter((lead) => lead.answers.plan === undefined)
      .sort((a, b) => b.createdAt - a.createdAt);
    expect(last.leads.map((lead) => lead.id)).toEqual(unanswered.slice(-last.leads.length).map((lead) => lead.id));
    expect(body.columns.map((column) => column.label)).toEqual(form.fields.map((f) => f.label));
  });

  it('refuses a sort by anything but the form’s own columns, with the reason', async () => {
    const response = await adminFetch(`/api/admin/forms/${SLUG}/results?sort=answers);drop table leads;--`, session);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fields: { sort: expect.stringContaining('sort by') } });
    expect((await adminFetch('/api/admin/forms/no-such-form/results', session)).status).toBe(404);
  });
});
