import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { TestState } from '../../forms/variants/testState';
import { type Rate, type Verdict, verdict, wilson } from './compareRates';
import { QUALIFIED_SQL } from './qualifiedSql';

const DAY_MS = 86_400_000;

/** One variant of a form's A/B test, judged by the qualified leads it brings per view. */
export interface VariantLine {
  id: string;
  label: string;
  weight: number;
  views: number;
  starts: number;
  /** Clean leads sent from its page while the test ran. */
  completions: number;
  /** Hot, or moved to qualified or won by the owner. */
  qualified: number;
  won: number;
  /** Completions per view, with its 95 % Wilson interval. */
  completionRate: Rate;
  /** Qualified leads per view (each page load of the form, a reload too): what sending traffic to this page is worth. */
  qualifiedRate: Rate;
  /** Against the first variant, when the data says so (compareRates.ts). */
  verdict: Verdict | null;
}

export interface VariantReport {
  testId: string;
  ended?: { winner: string; at: Date };
  lines: VariantLine[];
}

/**
 * A form's A/B test between two UTC days (both included): views and starts from the funnel counters
 * (counted per variant only while the test runs), completions, qualified and won from the clean
 * leads that carry the variant, until the test ended. The test is named by what its variants show, but
 * counts are kept by variant id: a new test reusing an id within the range adds to its numbers. Each variant after the first is compared with the first on
 * qualified leads per view (two-proportion z-test, Bonferroni-corrected for the comparisons made).
 */
export async function readVariantQuality(
  db: D1Database,
  form: FormDefinition,
  state: TestState,
  from: string,
  to: string,
): Promise<VariantReport | undefined> {
  const variants = form.variants;
  if (!variants) return undefined;
  const ids = JSON.stringify(variants.map((variant) => variant.id));
  const [counted, sent] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `select variant, event, sum(count) as count from funnel_counts
         where form_slug = ?1 and day between ?2 and ?3 and variant in (select value from json_each(?4))
           and event in ('view', 'start')
         group by 1, 2`,
      )
      .bind(form.slug, from, to, ids),
    db
      .prepare(
        `select json_extract(attribution, '$.variant') as variant, count(*) as leads,
                sum(${QUALIFIED_SQL}) as qualified, sum(status = 'won') as won
         from leads
         where form_slug = ?1 and screening = 'clean' and created_at >= ?2 and created_at < ?3
           and json_extract(attribution, '$.variant') in (select value from json_each(?4))
         group by 1`,
      )
      // After the end nothing counts: not even a later lead whose first touch carried ?variant=.
      .bind(form.slug, Date.parse(from), Math.min(Date.parse(to) + DAY_MS, state.ended?.at.getTime() ?? Infinity), ids),
  ]);
  const count = (id: string, event: string) =>
    Number(counted?.results.find((row) => row.variant === id && row.event === event)?.count ?? 0);
  const lines = variants.map((variant): VariantLine => {
    const row = sent?.results.find((candidate) => candidate.variant === variant.id);
    const views = count(variant.id, 'view');
    const completions = Number(row?.leads ?? 0);
    const qualified = Number(row?.qualified ?? 0);
    // A view the day's counter budget left uncounted must not make a rate exceed 100 %.
    const visitors = Math.max(views, completions);
    return {
      id: variant.id,
      label: variant.label,
      weight: variant.weight,
      views,
      starts: count(variant.id, 'start'),
      completions,
      qualified,
      won: Number(row?.won ?? 0),
      completionRate: wilson(completions, visitors),
      qualifiedRate: wilson(qualified, visitors),
      verdict: null,
    };
  });
  const [control, ...challengers] = lines;
  if (control) {
    const trials = (line: VariantLine) => ({ successes: line.qualified, trials: line.qualifiedRate.trials });
    for (const line of challengers) {
      line.verdict = verdict(
        line.label,
        trials(line),
        trials(control),
        { per: 'view', than: control.label },
        0.05 / challengers.length,
      );
    }
  }
  return { testId: state.testId, ...(state.ended && { ended: state.ended }), lines };
}
