import * as v from 'valibot';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { type LeadFilters, parseLeadFilters } from '../leads/parseLeadFilters';

/** Rows on one page of a form's results table. */
export const RESULTS_PAGE_SIZE = 50;
/** Pages past this are not offered: a result set this deep is for the export, not for paging. */
export const RESULTS_MAX_PAGE = 200;

/** What a form's results table shows: the inbox's filters, a column to sort by and a page. */
export interface ResultsQuery {
  filters: LeadFilters;
  /** `created`, `score` or a question's name. */
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
}

const pageSchema = v.pipe(
  v.string(),
  v.transform(Number),
  v.integer('use a page number such as 2'),
  v.minValue(1, 'use a page number such as 2'),
  v.maxValue(RESULTS_MAX_PAGE, `pages stop at ${RESULTS_MAX_PAGE}; narrow the filters or export`),
);

/** The columns a table of this form can be sorted by: its date, its score and each question. */
export function sortKeys(form: FormDefinition): string[] {
  return ['created', 'score', ...form.fields.map((field) => field.name)];
}

export type ResultsQueryParse = { ok: true; query: ResultsQuery } | { ok: false; fields: Record<string, string> };

export function parseResultsQuery(form: FormDefinition, params: URLSearchParams): ResultsQueryParse {
  const filters = parseLeadFilters(params);
  const fields: Record<string, string> = filters.ok ? {} : { ...filters.fields };
  const sort = params.get('sort') || 'created';
  if (!sortKeys(form).includes(sort)) fields.sort = 'sort by created, score or the name of one of the form’s questions';
  const dir = params.get('dir') || 'desc';
  if (dir !== 'asc' && dir !== 'desc') fields.dir = 'use asc or desc';
  const page = v.safeParse(pageSchema, params.get('page') || '1');
  if (!page.success) fields.page = page.issues[0].message;
  if (!filters.ok || Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    query: {
      filters: { ...filters.filters, form: form.slug },
      sort,
      dir: dir as 'asc' | 'desc',
      page: page.success ? page.output : 1,
    },
  };
}
