import { and, desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { type Lead, leads } from '../../db/schema';
import { leadConditions } from '../leads/leadConditions';
import type { LeadCursor } from '../leads/leadCursor';
import { afterLeadCursor, encodeLeadCursor } from '../leads/leadCursor';
import type { LeadFilters } from '../leads/parseLeadFilters';
import { csvRow } from './csvRow';
import { exportColumns } from './exportColumns';

/** Rows read per D1 query while exporting. */
export const EXPORT_PAGE_SIZE = 1000;
/**
 * Queries one export response may make: D1 allows 50 per Worker invocation on the Free plan, and
 * the response needs one more to find where it ends. A larger set is exported in parts.
 */
export const EXPORT_PAGES_PER_PART = 45;

/** What a CSV export writes: its header row and a lead's cells, each line ready to write. */
export interface CsvLayout {
  header: string;
  row(lead: Lead): string;
}

export interface LeadExport {
  body: ReadableStream<Uint8Array>;
  /** The cursor where the next part starts, when the set is larger than one part. */
  next?: string;
}

/**
 * Streams the leads matching `filters`, newest first, as CSV or JSON, reading them page by page
 * with keyset pagination so memory and D1 queries stay bounded however large the set is.
 */
export async function exportLeads(
  db: D1Database,
  allForms: readonly FormDefinition[],
  filters: LeadFilters,
  format: 'csv' | 'json',
  start: LeadCursor | undefined,
  limits = { pageSize: EXPORT_PAGE_SIZE, pagesPerPart: EXPORT_PAGES_PER_PART },
  layout?: CsvLayout,
): Promise<LeadExport> {
  const orm = drizzle(db);
  const where = leadConditions(filters);
  const perPart = limits.pageSize * limits.pagesPerPart;
  const edge = await orm
    .select({ createdAt: leads.createdAt, id: leads.id })
    .from(leads)
    .where(and(where, afterLeadCursor(start)))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(2)
    .offset(perPart - 1);
  const last = edge[1] && edge[0];
  const forms = filters.form ? allForms.filter((form) => form.slug === filters.form) : allForms;
  const csv = layout ?? inboxLayout(exportColumns(forms));
  const encoder = new TextEncoder();
  let cursor = start;
  let pages = 0;
  let first = true;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === 'csv' ? csv.header : '['));
    },
    async pull(controller) {
      const rows = await orm
        .select()
        .from(leads)
        .where(and(where, afterLeadCursor(cursor)))
        .orderBy(desc(leads.createdAt), desc(leads.id))
        .limit(limits.pageSize);
      pages++;
      let text = '';
      for (const lead of rows) {
        if (format === 'csv') text += csv.row(lead);
        else text += `${first ? '\n' : ',\n'}${JSON.stringify(jsonLead(lead))}`;
        first = false;
      }
      const tail = rows.at(-1);
      if (tail) cursor = { createdAt: tail.createdAt.getTime(), id: tail.id };
      if (rows.length < limits.pageSize || pages >= limits.pagesPerPart) {
        if (format === 'json') text += '\n]\n';
        controller.enqueue(encoder.encode(text));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(text));
      }
    },
  });
  return {
    body,
    ...(last && { next: encodeLeadCursor({ createdAt: last.createdAt.getTime(), id: last.id }) }),
  };
}

/** The inbox's export across forms: the lead's own columns, then every question and figure by name. */
function inboxLayout(columns: { answers: string[]; computed: string[] }): CsvLayout {
  return {
    header: csvRow([
      'id',
      'created_at',
      'form',
      'form_version',
      'status',
      'score',
      'tier',
      'outcome',
      ...columns.answers,
      ...columns.computed.map((name) => `computed.${name}`),
    ]),
    row: (lead) => csvRow(csvCells(lead, columns)),
  };
}

function csvCells(lead: Lead, columns: { answers: string[]; computed: string[] }) {
  return [
    lead.id,
    lead.createdAt.toISOString(),
    lead.formSlug,
    lead.formVersion,
    lead.status,
    lead.score,
    lead.tier,
    lead.outcome,
    ...columns.answers.map((name) => {
      const value = lead.answers[name];
      return Array.isArray(value) ? value.join('; ') : (value as string | number | boolean | undefined);
    }),
    ...columns.computed.map((name) => lead.results.computed[name]),
  ];
}

function jsonLead(lead: Lead) {
  return {
    id: lead.id,
    createdAt: lead.createdAt.toISOString(),
    form: lead.formSlug,
    formVersion: lead.formVersion,
    status: lead.status,
    score: lead.score,
    tier: lead.tier,
    outcome: lead.outcome,
    answers: lead.answers,
    results: lead.results,
  };
}
