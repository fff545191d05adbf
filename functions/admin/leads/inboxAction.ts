import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { listForms } from '../../forms/listForms';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import { decodeLeadCursor, type LeadCursor } from './leadCursor';
import { type LeadPage, listLeads } from './listLeads';
import { type LeadFilters, parseLeadFilters } from './parseLeadFilters';

interface Input {
  filters: LeadFilters;
  cursor: LeadCursor | undefined;
  /** Filters that were not understood; the page says so and shows all leads (the API refuses them). */
  problems?: Record<string, string>;
}

export interface Inbox {
  filters: LeadFilters;
  problems?: Record<string, string> | undefined;
  cursor: LeadCursor | undefined;
  page: LeadPage;
  /** Hot leads nobody has contacted yet, first on an unfiltered first page. */
  hot?: LeadPage | undefined;
  forms: FormDefinition[];
  /** How many leads wait in the spam and held review (on the page only). */
  review?: number | undefined;
  /** What the owner just did, from `?saved=`. */
  saved?: string | undefined;
}

/** The inbox: every lead newest first with filters and keyset paging (`GET /admin/`, `GET /api/admin/leads`). */
export const inboxAction = action<Input, Inbox>({
  parse(rc) {
    const parsed = parseLeadFilters(rc.url.searchParams);
    const cursor = decodeLeadCursor(rc.url.searchParams.get('cursor'));
    if (parsed.ok) return { ok: true, input: { filters: parsed.filters, cursor } };
    if (rc.format === 'json') return { ok: false, code: 'invalid_request', fields: parsed.fields };
    return { ok: true, input: { filters: {}, cursor, problems: parsed.fields } };
  },
  async run({ filters, cursor, problems }, rc) {
    const unfiltered = Object.keys(filters).length === 0 && !cursor;
    const [page, hot, forms, review] = await Promise.all([
      listLeads(rc.env.DB, filters, cursor),
      unfiltered && rc.format === 'html'
        ? listLeads(rc.env.DB, { tier: 'hot', status: 'new' }, undefined, 5)
        : undefined,
      listForms(rc.env),
      rc.format === 'html' ? countUnderReview(rc.env.DB) : undefined,
    ]);
    const saved = rc.url.searchParams.get('saved') ?? undefined;
    return { filters, problems, cursor, page, hot, forms, review, saved };
  },
  json: (inbox) => json(inbox.page),
  html: (inbox, rc) => renderView(rc, 'admin/inbox', { ...inbox, csrfToken: rc.admin?.csrfToken ?? '' }),
});

async function countUnderReview(db: D1Database): Promise<number> {
  const row = await db.prepare("select count(*) as n from leads where screening <> 'clean'").first<{ n: number }>();
  return row?.n ?? 0;
}

declare module '../../http/views' {
  interface Views {
    'admin/inbox': Inbox & AdminView;
  }
}
