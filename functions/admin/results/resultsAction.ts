import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { Lead } from '../../db/schema';
import { findForm } from '../../forms/findForm';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import { type LeadSource, leadSource } from './leadSource';
import { type ResultsTable, readResultsTable } from './readResultsTable';
import { parseResultsQuery, type ResultsQuery } from './resultsQuery';
import { type FormSummary, summarizeAnswers } from './summarizeAnswers';

interface Input {
  form: FormDefinition;
  query: ResultsQuery;
  /** Parameters the page did not understand and ignored (the API refuses them). */
  problems?: Record<string, string> | undefined;
}

export interface ResultsPage extends Input {
  table: ResultsTable;
  /** Where each lead on the page came from, by lead id. */
  sources: Record<string, LeadSource>;
}

export interface SummaryPage extends Input {
  summary: FormSummary;
}

/** The form named in the path and the table's query, for the page (lenient) or the API (strict). */
async function parseFormQuery(rc: RequestContext) {
  const form = await findForm(rc.env, rc.params.slug ?? '');
  if (!form) return { ok: false as const, code: 'form_not_found' as const };
  const parsed = parseResultsQuery(form, rc.url.searchParams);
  if (parsed.ok) return { ok: true as const, input: { form, query: parsed.query } };
  if (rc.format === 'json') return { ok: false as const, code: 'invalid_request' as const, fields: parsed.fields };
  const fallback = parseResultsQuery(form, new URLSearchParams());
  if (!fallback.ok) throw new Error('the default results query must parse');
  return { ok: true as const, input: { form, query: fallback.query, problems: parsed.fields } };
}

/** A row of the table as the API gives it: the lead's answers under their question names, and where it came from. */
function resultRow(lead: Lead): Record<string, unknown> & { source: LeadSource } {
  return {
    id: lead.id,
    createdAt: lead.createdAt.toISOString(),
    status: lead.status,
    score: lead.score,
    tier: lead.tier,
    outcome: lead.outcome,
    answers: lead.answers,
    figures: lead.results.computed,
    source: leadSource(lead),
  };
}

/**
 * A form's results: one row per lead, one column per question in the form's order, sortable and
 * filterable (`GET /admin/forms/:slug/results/`, `GET /api/admin/forms/:slug/results`).
 */
export const resultsAction = action<Input, ResultsPage>({
  parse: parseFormQuery,
  async run(input, rc) {
    const table = await readResultsTable(rc.env.DB, input.form, input.query);
    return { ...input, table, sources: Object.fromEntries(table.leads.map((lead) => [lead.id, leadSource(lead)])) };
  },
  json: ({ form, query, table }) =>
    json({
      form: form.slug,
      columns: form.fields.map((field) => ({ name: field.name, label: field.label, kind: field.kind })),
      figures: form.calculations.map((calculation) => ({ name: calculation.name, label: calculation.label })),
      total: table.total,
      page: query.page,
      pages: table.pages,
      leads: table.leads.map(resultRow),
    }),
  html: (page, rc) => renderView(rc, 'admin/results', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }),
});

/**
 * How a form's leads answered, question by question, as charts (`GET /admin/forms/:slug/summary/`,
 * `GET /api/admin/forms/:slug/summary`), under the same filters as the table.
 */
export const summaryAction = action<Input, SummaryPage>({
  parse: parseFormQuery,
  run: async (input, rc) => ({ ...input, summary: await summarizeAnswers(rc.env.DB, input.form, input.query.filters) }),
  json: ({ form, summary }) => json({ form: form.slug, ...summary }),
  html: (page, rc) => renderView(rc, 'admin/summary', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }),
});

declare module '../../http/views' {
  interface Views {
    'admin/results': ResultsPage & AdminView;
    'admin/summary': SummaryPage & AdminView;
  }
}
