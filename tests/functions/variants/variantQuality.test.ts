import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readVariantQuality } from '../../../functions/admin/stats/readVariantQuality';
import { defineForm } from '../../../src/engine/definition/defineForm';

const DAY = '2026-11-20';
const AT = Date.parse(`${DAY}T12:00:00Z`);

function testForm(slug: string, ids: string[]) {
  return defineForm({
    slug,
    title: 'Stats',
    fields: [{ kind: 'email', name: 'email', label: 'Email', required: true }],
    variants: ids.map((id) => ({ id, label: `Variant ${id.toUpperCase()}`, weight: 1 })),
    thankYou: { title: 'Thanks', body: '' },
  });
}

/** `views` counted views of a variant, and `leads` clean leads from it of which `qualified` are hot or qualified. */
async function seed(slug: string, variant: string, views: number, leads: number, qualified: number, won = 0) {
  await env.DB.prepare(
    `insert into funnel_counts (form_slug, day, source, event, step, variant, count) values (?, ?, '(direct)', 'view', '', ?, ?)`,
  )
    .bind(slug, DAY, variant, views)
    .run();
  const rows = Array.from({ length: leads }, (_, i) => ({
    id: `${slug}-${variant}-${i}`,
    // The first `won` are won, then hot (qualified by score), then owner-qualified, then the rest.
    status: i < won ? 'won' : i < qualified && i % 2 === 0 ? 'qualified' : 'new',
    tier: i < qualified && i % 2 === 1 ? 'hot' : 'cold',
  }));
  await env.DB.prepare(
    `insert into leads (id, form_slug, form_version, answers, status, tier, created_at, screening, attribution)
     select json_extract(value, '$.id'), ?1, 'v', '{}', json_extract(value, '$.status'), json_extract(value, '$.tier'), ?2, 'clean', json_object('variant', ?3)
     from json_each(?4)`,
  )
    .bind(slug, AT, variant, JSON.stringify(rows))
    .run();
}

describe('judging variants on qualified leads per view', () => {
  it('counts each variant’s rows and calls B better only when the z-test says so (reference: 80/1000 v 50/1000, p 0.0065)', async () => {
    const form = testForm('ab-stats-two', ['a', 'b']);
    await seed(form.slug, 'a', 1000, 120, 50, 7);
    await seed(form.slug, 'b', 1000, 130, 80, 11);
    const report = await readVariantQuality(env.DB, form, { testId: 't' }, DAY, DAY);
    const [a, b] = report?.lines ?? [];
    expect(a).toMatchObject({ views: 1000, completions: 120, qualified: 50, won: 7, verdict: null });
    expect(b).toMatchObject({ views: 1000, completions: 130, qualified: 80, won: 11 });
    // Wilson 95 % for 80/1000, worked out apart from the code (Python, closed form): (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
    expect(b?.qualifiedRate.low).toBeCloseTo(0.064748, 5);
    expect(b?.qualifiedRate.high).toBeCloseTo(0.098466, 5);
    expect(b?.completionRate.rate).toBe(0.13);
    // R: prop.test(c(80, 50), c(1000, 1000), correct = FALSE) gives X² = 7.4044 (z = 2.7211), p = 0.006507.
    expect(b?.verdict?.p).toBeCloseTo(0.006507, 5);
    expect(b?.verdict?.text).toBe('Variant B brings 60 % more qualified leads per view than Variant A; 95 % sure');
  });

  it('needs p under 0.05 / 2 with three variants (Bonferroni): p 0.040 is a verdict between two, not among three', async () => {
    const two = testForm('ab-stats-pair', ['a', 'b']);
    await seed(two.slug, 'a', 1000, 100, 45);
    await seed(two.slug, 'b', 1000, 100, 66);
    const pair = await readVariantQuality(env.DB, two, { testId: 't' }, DAY, DAY);
    expect(pair?.lines[1]?.verdict?.p).toBeCloseTo(0.04027, 4);

    const three = testForm('ab-stats-three', ['a', 'b', 'c']);
    await seed(three.slug, 'a', 1000, 100, 45);
    await seed(three.slug, 'b', 1000, 100, 66);
    await seed(three.slug, 'c', 1000, 100, 44);
    const trio = await readVariantQuality(env.DB, three, { testId: 't' }, DAY, DAY);
    expect(trio?.lines.map((line) => line.verdict)).toEqual([null, null, null]);
  });

  it('gives no verdict below 30 views or 5 qualified a side, however large the difference', async () => {
    const form = testForm('ab-stats-small', ['a', 'b']);
    await seed(form.slug, 'a', 29, 10, 1);
    await seed(form.slug, 'b', 29, 25, 20);
    const report = await readVariantQuality(env.DB, form, { testId: 't' }, DAY, DAY);
    expect(report?.lines[1]?.verdict).toBeNull();
    expect(report?.lines[1]?.qualifiedRate.rate).toBeCloseTo(20 / 29, 6);
  });
});
