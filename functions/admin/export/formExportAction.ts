import { findForm } from '../../forms/findForm';
import { errorResponse } from '../../http/errorResponse';
import type { RequestContext } from '../../http/requestContext';
import { decodeLeadCursor } from '../leads/leadCursor';
import { parseLeadFilters } from '../leads/parseLeadFilters';
import { exportLeads } from './exportLeads';
import { exportResponse } from './exportResponse';
import { EXPORT_MODES, type ExportMode, formExportLayout } from './formExportLayout';

/**
 * GET /api/admin/forms/:slug/leads.csv?mode=sheets|crm&<filters>: one form's leads with a column
 * per question, for a spreadsheet (the default) or a CRM, streamed in parts like the inbox export.
 */
export async function formExportAction(rc: RequestContext): Promise<Response> {
  const { env, url } = rc;
  const form = await findForm(env, rc.params.slug ?? '');
  if (!form) return errorResponse('form_not_found');
  const parsed = parseLeadFilters(url.searchParams);
  const mode = url.searchParams.get('mode') || 'sheets';
  const fields = parsed.ok ? {} : { ...parsed.fields };
  if (!EXPORT_MODES.includes(mode as ExportMode))
    fields.mode = 'use sheets (to open in a spreadsheet) or crm (to import)';
  if (!parsed.ok || Object.keys(fields).length > 0) return errorResponse('invalid_request', { fields });
  const part = await exportLeads(
    env.DB,
    [form],
    { ...parsed.filters, form: form.slug },
    'csv',
    decodeLeadCursor(url.searchParams.get('cursor')),
    undefined,
    formExportLayout(form, mode as ExportMode),
  );
  return exportResponse(part, url, {
    name: `${form.slug}-leads-${mode}-${rc.now.toISOString().slice(0, 10)}.csv`,
    type: 'csv',
  });
}
