import { findTemplate } from '../../templates';
import { LEAD_STATUSES, type LeadStatus } from '../db/schema';
import { readFunnel } from '../funnel/readFunnel';
import { errorResponse } from '../http/errorResponse';
import { json } from '../http/json';
import { readJsonObject } from '../http/readJsonObject';
import { authorizeAdmin } from './auth/authorizeAdmin';
import { clearSessionCookie } from './auth/clearSessionCookie';
import { csrfToken } from './auth/csrfToken';
import { handleAdminLogin } from './auth/handleAdminLogin';
import { revokeSession } from './auth/revokeSession';
import { handleExport } from './export/handleExport';
import { addLeadNote } from './leads/addLeadNote';
import { changeLeadStatus } from './leads/changeLeadStatus';
import { decodeLeadCursor } from './leads/decodeLeadCursor';
import { listLeads } from './leads/listLeads';
import { parseLeadFilters } from './leads/parseLeadFilters';
import { readLead } from './leads/readLead';
import { handlePeople } from './privacy/handlePeople';
import { handleWebhookAdmin } from './webhooks/handleWebhookAdmin';
import { leadDeliveries } from './webhooks/leadDeliveries';
import { readDeliveries } from './webhooks/readDeliveries';

const LEAD = /^\/api\/admin\/leads\/([\w-]{1,64})(?:\/(status|notes))?$/;
const FUNNEL = /^\/api\/admin\/funnel\/([^/]+)$/;

/**
 * `/api/admin/*`: the owner's JSON API. Every route but login needs a session; every change
 * also needs the site's Origin, a JSON body and the CSRF token (authorizeAdmin).
 */
export async function routeAdminApi(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/$/, '');
  if (path === '/api/admin/login') return handleAdminLogin(request, env);

  const auth = await authorizeAdmin(request, env, Date.now());
  if (!auth.ok) return errorResponse(auth.code);
  const change = request.method === 'POST';
  const read = request.method === 'GET' || request.method === 'HEAD';
  const body = change ? await readJsonObject(request) : undefined;
  if (change && !body) return errorResponse('malformed_body');
  const notAllowed = (allow: string) => errorResponse('method_not_allowed', { headers: { allow } });

  if (path === '/api/admin/session') {
    if (!read) return notAllowed('GET');
    const token = await csrfToken(env.ADMIN_SESSION_SECRET, auth.session);
    return json({ csrfToken: token, expiresAt: new Date(auth.session.expiresAt).toISOString() });
  }
  if (path === '/api/admin/logout') {
    if (!change) return notAllowed('POST');
    await revokeSession(env.DB, auth.session.id, new Date());
    return json({ signedOut: true }, { headers: { 'set-cookie': clearSessionCookie() } });
  }
  if (path === '/api/admin/leads') {
    if (!read) return notAllowed('GET');
    const parsed = parseLeadFilters(url.searchParams);
    if (!parsed.ok) return errorResponse('invalid_request', { fields: parsed.fields });
    return json(await listLeads(env.DB, parsed.filters, decodeLeadCursor(url.searchParams.get('cursor'))));
  }
  if (path === '/api/admin/leads/export.csv' || path === '/api/admin/leads/export.json') {
    if (!read) return notAllowed('GET');
    return handleExport(request, env, path.endsWith('.csv') ? 'csv' : 'json');
  }
  if (path === '/api/admin/people') {
    if (read) return handlePeople(request, env, 'find');
    return notAllowed('GET');
  }
  if (path === '/api/admin/people/erase') {
    if (!change || !body) return notAllowed('POST');
    return handlePeople(request, env, 'erase', body);
  }
  if (path === '/api/admin/webhooks' || path.startsWith('/api/admin/webhooks/'))
    return handleWebhookAdmin(request, env, path);
  const funnel = FUNNEL.exec(path);
  if (funnel?.[1]) {
    if (!read) return notAllowed('GET');
    const form = findTemplate(decodeURIComponent(funnel[1]));
    if (!form) return errorResponse('form_not_found');
    const today = new Date().toISOString().slice(0, 10);
    const from = url.searchParams.get('from') ?? new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const to = url.searchParams.get('to') ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) {
      return errorResponse('invalid_request', { fields: { from: 'Use dates like 2026-11-24.' } });
    }
    return json(await readFunnel(env.DB, form, from, to));
  }
  const lead = LEAD.exec(path);
  if (lead?.[1]) {
    const id = lead[1];
    if (!lead[2]) {
      if (!read) return notAllowed('GET');
      const record = await readLead(env.DB, id);
      if (!record) return errorResponse('lead_not_found');
      return json({ ...record, deliveries: await readDeliveries(env.DB, leadDeliveries(id)) });
    }
    if (!change || !body) return notAllowed('POST');
    if (lead[2] === 'status') {
      const status = body.status;
      if (typeof status !== 'string' || !(LEAD_STATUSES as readonly string[]).includes(status)) {
        return errorResponse('invalid_request', { fields: { status: `Use one of: ${LEAD_STATUSES.join(', ')}.` } });
      }
      const changed = await changeLeadStatus(env.DB, id, status as LeadStatus, new Date());
      if (!changed.ok && changed.reason === 'lead_not_found') return errorResponse('lead_not_found');
      return json(changed.ok ? { status: changed.to, from: changed.from } : { status, unchanged: true });
    }
    const added = await addLeadNote(env.DB, id, typeof body.note === 'string' ? body.note : '', new Date());
    if (added.ok) return json({ id: added.id }, { status: 201 });
    if (added.reason === 'lead_not_found') return errorResponse('lead_not_found');
    return errorResponse('invalid_request', {
      fields: { note: added.reason === 'empty' ? 'Write a note first.' : 'Keep a note under 5000 characters.' },
    });
  }
  return errorResponse('not_found');
}
