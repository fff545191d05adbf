import { and, asc, count, desc, type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { type Lead, leads } from '../../db/schema';
import { leadConditions } from '../leads/leadConditions';
import { RESULTS_PAGE_SIZE, type ResultsQuery } from './resultsQuery';

export interface ResultsTable {
  leads: Lead[];
  /** How many leads of the form match the filters. */
  total: number;
  pages: number;
}

/**
 * One page of a form's leads sorted by any column. Offset paging (unlike the inbox's keyset): an
 * owner jumps between sorted pages of one form, and pages stop at RESULTS_MAX_PAGE.
 */
export async function readResultsTable(
  db: D1Database,
  form: FormDefinition,
  query: ResultsQuery,
): Promise<ResultsTable> {
  const orm = drizzle(db);
  const where = leadConditions(query.filters);
  const order = query.dir === 'asc' ? asc : desc;
  const { keepLast, columns } =
    query.sort === 'created'
      ? { keepLast: [], columns: [leads.createdAt] }
      : query.sort === 'score'
        ? { keepLast: [sql`${leads.score} is null`], columns: [leads.score] }
        : answerOrder(form, query.sort);
  const unansweredLast = keepLast.map((key) => asc(key));
  const [rows, [totals]] = await orm.batch([
    orm
      .select()
      .from(leads)
      .where(and(where))
      .orderBy(...unansweredLast, ...columns.map((column) => order(column)), desc(leads.createdAt), desc(leads.id))
      .limit(RESULTS_PAGE_SIZE)
      .offset((query.page - 1) * RESULTS_PAGE_SIZE),
    orm.select({ total: count() }).from(leads).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { leads: rows, total, pages: Math.max(1, Math.ceil(total / RESULTS_PAGE_SIZE)) };
}

/**
 * How a question's answers sort: choices in the form's order of options ("Under $2,000" before
 * "Over $10,000"), values it no longer offers after them, no answer last; other answers by value. The name is one
 * of the form's own (resultsQuery.ts) and every value is bound, never spliced.
 */
function answerOrder(form: FormDefinition, name: string): { keepLast: SQL[]; columns: SQL[] } {
  const answer = sql`json_extract(${leads.answers}, ${`$."${name}"`})`;
  // "No answer" is not a value to sort among the others: it goes last whichever way the column sorts.
  const unanswered = sql`${answer} is null`;
  const field = form.fields.find((f) => f.name === name);
  if (!field || !('options' in field) || field.kind === 'checkboxes') {
    return { keepLast: [unanswered], columns: [sql`${answer} collate nocase`] };
  }
  const ranks = field.options.map((option, i) => sql`when ${option.value} then ${i}`);
  const rank = sql`case ${answer} ${sql.join(ranks, sql` `)} else ${field.options.length} end`;
  // Values the form no longer offers come after its options, also both ways.
  return { keepLast: [unanswered, sql`${rank} = ${field.options.length}`], columns: [rank, answer] };
}
