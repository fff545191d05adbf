import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { post } from './helpers';

/** What a client might claim about its own results; the Worker must ignore every one of these. */
const forged = {
  estimate_low: 1,
  estimate_high: 2,
  base: 3,
  monthly_payment: 4,
  score: 999,
  tier: 'hot',
  outcome: 'enterprise',
  quizTotal: 1000,
  categories: 'decaf',
  reasons: ['Paid in advance'],
};

interface StoredRow {
  score: number | null;
  tier: string | null;
  outcome: string | null;
  results: string;
  answers: string;
}

async function submit(slug: string, answers: Record<string, unknown>) {
  const response = await post(
    `/api/forms/${slug}/submissions`,
    JSON.stringify({ ...answers, ...forged }),
    'application/json',
  );
  const text = await response.text();
  const body = JSON.parse(text) as { id: string } & Record<string, unknown>;
  if (response.status !== 201) throw new Error(`${slug}: ${response.status} ${text}`);
  const row = await env.DB.prepare('select score, tier, outcome, results, answers from leads where id = ?')
    .bind(body.id)
    .first<StoredRow>();
  if (!row) throw new Error(`lead ${body.id} was not stored`);
  return {
    status: response.status,
    text,
    body,
    row,
    results: JSON.parse(row.results),
    answers: JSON.parse(row.answers),
  };
}

describe('results the Worker computes itself', () => {
  it('stores the true estimate and a cold score for a calculator, whatever the client claims', async () => {
    const { status, text, body, row, results, answers } = await submit('renovation-estimate', {
      room: 'bathroom',
      area: '6',
      finish: 'standard',
      timeline: 'planning',
      name: 'Tom Reed',
      email: 'tom.reed@results.test',
      postcode: 'BS1 4DJ',
      consent: 'yes',
    });
    // £1,350 per m² × 6 m² × 1 (standard); −15 % and +15 %, to the nearest £100.
    const base = 1350 * 6 * 1;
    const low = Math.round((base * 0.85) / 100) * 100;
    const high = Math.round((base * 1.15) / 100) * 100;
    expect([base, low, high]).toEqual([8100, 6900, 9300]);

    expect(status).toBe(201);
    expect(row).toMatchObject({ score: -10, tier: 'cold', outcome: null });
    expect(results).toEqual({
      computed: { base, estimate_low: low, estimate_high: high },
      reasons: ['Only planning'],
    });
    for (const key of Object.keys(forged)) expect(answers).not.toHaveProperty(key);

    expect(Object.keys(body)).toEqual(['id', 'figures']);
    expect(body.figures).toEqual([
      { name: 'estimate_low', label: 'Estimate from', value: low, text: '£6,900' },
      {
        name: 'estimate_high',
        label: 'Estimate up to',
        value: high,
        text: '£9,300',
        help: 'Including labour and materials, excluding VAT. Rounded to the nearest £100.',
      },
    ]);
    expect(text).not.toMatch(/score|tier|cold|reasons|"base"/);
  });

  it('formats a German calculator’s figures in German, with the annuity the Worker computed', async () => {
    const { body, row, results } = await submit('loan-calculator', {
      amount: '25000',
      rate: '6,49',
      years: '6',
      purpose: 'umschuldung',
      timeline: 'sofort',
      name: 'Jonas Becker',
      email: 'jonas.becker@results.test',
      phone: '0171 2345678',
      consent: 'yes',
    });
    const i = 6.49 / 100 / 12;
    const monthly = Math.round(((25000 * i) / (1 - (1 + i) ** -72)) * 100) / 100;
    const total = Math.round(monthly * 72 * 100) / 100;
    expect(results.computed).toEqual({
      monthly_payment: monthly,
      total_paid: total,
      total_interest: Math.round((total - 25000) * 100) / 100,
    });
    expect(row).toMatchObject({ score: 60, tier: 'hot', outcome: null });
    expect((body.figures as { text: string }[]).map((figure) => figure.text)).toEqual([
      '420,13\u00a0€',
      '30.249,36\u00a0€',
      '5.249,36\u00a0€',
    ]);
  });

  it('stores the true plan, total and score for a quiz scored by total', async () => {
    const { status, text, body, row, results } = await submit('qualification', {
      team_size: '1-3',
      needs: ['chat'],
      budget: 'under-200',
      current_tool: 'inbox',
      timeline: 'researching',
      role: 'research',
      name: 'Lee Park',
      email: 'lee.park@gmail.com',
      company: 'Park Bakery',
      consent: 'yes',
    });
    expect(status).toBe(201);
    // Live chat is the only point; researching −10 and a personal address −15.
    expect(row).toMatchObject({ score: -25, tier: 'cold', outcome: 'starter' });
    expect(results).toEqual({
      computed: {},
      quizTotal: 1,
      categories: {},
      reasons: ['Only researching', 'Personal email address'],
    });
    expect(body).toEqual({
      id: body.id,
      figures: [],
      outcome: { id: 'starter', title: 'Starter', url: '/f/qualification/outcome/starter/' },
    });
    expect(text).not.toMatch(/score|tier|cold|reasons|quizTotal/);
  });

  it('stores the true top category of a gated quiz and sends the visitor to its outcome', async () => {
    const { body, row, results } = await submit('product-finder', {
      brew: 'espresso',
      milk: 'milky',
      flavours: ['cocoa', 'nutty'],
      caffeine: 'full',
      usage: 'kilo',
      buying: 'roaster',
      email: 'night.owl@results.test',
      consent: 'yes',
    });
    // bold: espresso 3 + milky 2 + cocoa 2 + nutty 1; balanced: 1 + 1 + 1. A kilo 30 + a roaster 20.
    expect(row).toMatchObject({ score: 50, tier: 'hot', outcome: 'night-shift' });
    expect(results).toEqual({
      computed: {},
      quizTotal: 11,
      categories: { bright: 0, balanced: 3, bold: 8, decaf: 0 },
      reasons: ['Drinks a kilo or more a month', 'Already buys from a roaster'],
    });
    expect(body.outcome).toEqual({
      id: 'night-shift',
      title: 'Night Shift Espresso',
      url: '/f/product-finder/outcome/night-shift/',
    });
    expect(body).not.toHaveProperty('score');
    expect(body).not.toHaveProperty('tier');
  });
});
