import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { answerText } from '../../../src/engine/fields/answerText';
import { type Field, kindOf } from '../../../src/engine/fields/fieldKinds';
import { leads } from '../../db/schema';
import { leadConditions } from '../leads/leadConditions';
import type { LeadFilters } from '../leads/parseLeadFilters';

/** Texts shown per free-text question: the latest few, enough to get the gist. */
export const SAMPLES_PER_FIELD = 5;
/** Bars in a number question's histogram. */
export const HISTOGRAM_BARS = 8;

export interface Bar {
  /** The stored value (an option's value, a rating, a bucket's lower bound). */
  value: string;
  label: string;
  count: number;
}

export interface Spread {
  count: number;
  min: number;
  median: number;
  mean: number;
  max: number;
  /** Equal-width buckets from min to max (the last includes max). */
  histogram: Bar[];
}

export type FieldSummary =
  | { kind: 'choices'; name: string; label: string; answered: number; bars: Bar[] }
  | { kind: 'scale'; name: string; label: string; answered: number; bars: Bar[]; mean: number | null }
  | { kind: 'numbers'; name: string; label: string; answered: number; spread: Spread | null }
  | { kind: 'samples'; name: string; label: string; answered: number; samples: string[] }
  | { kind: 'count'; name: string; label: string; answered: number };

export interface FormSummary {
  /** Leads summarised (the filters' matches). */
  total: number;
  fields: FieldSummary[];
  tiers: Bar[];
  outcomes: Bar[];
  figures: { name: string; label: string; spread: Spread | null }[];
}

type Cell = string | number | null;

/**
 * A form's answers summarised in D1, whatever the number of leads: five queries, each a pass over
 * the form's leads with SQLite's json_each (counts per choice, numbers, latest texts, how many
 * answered each question, tiers and outcomes), shaped per question by its kind's `summary`.
 */
export async function summarizeAnswers(
  db: D1Database,
  form: FormDefinition,
  filters: LeadFilters,
): Promise<FormSummary> {
  const orm = drizzle(db);
  const where = leadConditions({ ...filters, form: form.slug });
  const named = (kinds: string[]) =>
    JSON.stringify(form.fields.filter((field) => kinds.includes(kindOf(field).summary)).map((field) => field.name));
  const [choices, numbers, samples, answered, groups, figures] = await Promise.all([
    // A list answer (checkboxes) counts once per item ticked.
    orm.all<{ name: string; value: Cell; n: number }>(sql`
      select a.key as name, coalesce(item.value, a.value) as value, count(*) as n
      from ${leads}, json_each(${leads.answers}) as a
      left join json_each(case when a.type = 'array' then a.value end) as item
      where ${where} and a.key in (select value from json_each(${named(['choices', 'scale'])}))
      group by 1, 2`),
    orm.all<{ name: string; value: number }>(sql`
      select a.key as name, a.value as value from ${leads}, json_each(${leads.answers}) as a
      where ${where} and a.key in (select value from json_each(${named(['numbers'])})) and a.type in ('integer', 'real')`),
    orm.all<{ name: string; value: string }>(sql`
      select name, value from (
        select a.key as name, a.value as value,
          row_number() over (partition by a.key order by ${leads.createdAt} desc, ${leads.id} desc) as r
        from ${leads}, json_each(${leads.answers}) as a
        where ${where} and a.key in (select value from json_each(${named(['samples'])})) and a.value <> ''
      ) where r <= ${SAMPLES_PER_FIELD}`),
    orm.all<{ name: string; n: number }>(sql`
      select a.key as name, count(*) as n from ${leads}, json_each(${leads.answers}) as a
      where ${where} and a.value <> '' and not (a.type = 'array' and json_array_length(a.value) = 0)
      group by 1`),
    orm.all<{ tier: string | null; outcome: string | null; n: number }>(sql`
      select ${leads.tier} as tier, ${leads.outcome} as outcome, count(*) as n from ${leads} where ${where} group by 1, 2`),
    orm.all<{ name: string; value: number }>(sql`
      select f.key as name, f.value as value from ${leads}, json_each(${leads.results}, '$.computed') as f
      where ${where} and f.type in ('integer', 'real')`),
  ]);

  const answeredBy = new Map(answered.map((row) => [row.name, row.n]));
  const valuesOf = <R extends { name: string }>(rows: R[], name: string) => rows.filter((row) => row.name === name);
  const fields = form.fields.map((field): FieldSummary => {
    const base = { name: field.name, label: field.label, answered: answeredBy.get(field.name) ?? 0 };
    const summary = kindOf(field).summary;
    if (summary === 'choices' || summary === 'scale') {
      const bars = choiceBars(field, valuesOf(choices, field.name));
      if (summary === 'choices') return { kind: 'choices', ...base, bars };
      const n = bars.reduce((sum, bar) => sum + bar.count, 0);
      const mean = n ? bars.reduce((sum, bar) => sum + Number(bar.value) * bar.count, 0) / n : null;
      return { kind: 'scale', ...base, bars, mean };
    }
    if (summary === 'numbers') {
      return { kind: 'numbers', ...base, spread: spreadOf(valuesOf(numbers, field.name).map((row) => row.value)) };
    }
    if (summary === 'samples') {
      return { kind: 'samples', ...base, samples: valuesOf(samples, field.name).map((row) => String(row.value)) };
    }
    return { kind: 'count', ...base };
  });

  const tiers = new Map<string, number>();
  const outcomes = new Map<string, number>();
  let total = 0;
  for (const row of groups) {
    total += row.n;
    if (row.tier) tiers.set(row.tier, (tiers.get(row.tier) ?? 0) + row.n);
    if (row.outcome) outcomes.set(row.outcome, (outcomes.get(row.outcome) ?? 0) + row.n);
  }
  return {
    total,
    fields,
    tiers: (['hot', 'warm', 'cold'] as const).map((tier) => ({
      value: tier,
      label: tier,
      count: tiers.get(tier) ?? 0,
    })),
    outcomes: [
      ...(form.quiz?.outcomes ?? []).map((outcome) => ({
        value: outcome.id,
        label: outcome.title,
        count: outcomes.get(outcome.id) ?? 0,
      })),
      ...[...outcomes]
        .filter(([id]) => !form.quiz?.outcomes.some((outcome) => outcome.id === id))
        .map(([id, count]) => ({ value: id, label: id, count })),
    ],
    figures: form.calculations.map((calculation) => ({
      name: calculation.name,
      label: calculation.label,
      spread: spreadOf(valuesOf(figures, calculation.name).map((row) => row.value)),
    })),
  };
}

/**
 * Bars for a question with choices: the form's options in order (also those nobody chose), then
 * values the form no longer offers; a rating's whole scale; consent as given or not.
 */
function choiceBars(field: Field, rows: { value: Cell; n: number }[]): Bar[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    // json_each reads JSON true as 1: a ticked consent box.
    const value = field.kind === 'consent' ? String(row.value === 1 || row.value === 'true') : String(row.value);
    counts.set(value, (counts.get(value) ?? 0) + row.n);
  }
  const known =
    'options' in field
      ? field.options.map((option) => option.value)
      : field.kind === 'rating'
        ? Array.from({ length: field.max }, (_, i) => String(i + 1))
        : field.kind === 'consent'
          ? ['true']
          : [];
  const order = [...known, ...[...counts.keys()].filter((value) => !known.includes(value))];
  return order.map((value) => ({
    value,
    label: field.kind === 'consent' ? answerText(field, value === 'true') : labelOf(field, value),
    count: counts.get(value) ?? 0,
  }));
}

function labelOf(field: Field, value: string): string {
  if (field.kind === 'rating') return value;
  return answerText(field, field.kind === 'checkboxes' ? [value] : value);
}

/** How many, lowest, median, average and highest, and an equal-width histogram of some numbers. */
export function spreadOf(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted.at(-1) ?? 0;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const bars = min === max ? 1 : HISTOGRAM_BARS;
  const width = (max - min) / bars || 1;
  const histogram: Bar[] = Array.from({ length: bars }, (_, i) => {
    const low = min + i * width;
    return { value: String(low), label: `${tidy(low)}–${tidy(i === bars - 1 ? max : low + width)}`, count: 0 };
  });
  for (const value of sorted) {
    const bar = histogram[Math.min(bars - 1, Math.floor((value - min) / width))];
    if (bar) bar.count++;
  }
  return { count: sorted.length, min, median, mean, max, histogram };
}

function tidy(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
