import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { answerText } from '../../../src/engine/fields/answerText';
import { kindOf } from '../../../src/engine/fields/fieldKinds';
import { phoneDisplay } from '../../../src/engine/validation/toE164';
import type { AnswerValue } from '../../../src/engine/validation/types';
import type { Lead } from '../../db/schema';
import { leadSource } from '../results/leadSource';
import { plainCsvCell } from './csvCell';
import { csvRow } from './csvRow';
import type { CsvLayout } from './exportLeads';

/** `sheets`: to open in Excel, LibreOffice or Google Sheets; `crm`: to import into a CRM or mail tool. */
export const EXPORT_MODES = ['sheets', 'crm'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; importers want none. */
const BOM = '\uFEFF';

/**
 * One form's leads as CSV, one column per question headed by its label in the form's order, then
 * score, tier, outcome, figures and where the lead came from. For spreadsheets: options by their
 * labels, dates as "2026-11-28 14:03:00" (UTC), phones as "(+44) 7911 123456" (text that cannot be a
 * formula or a number, so the "+" stays and no apostrophe shows), and any other cell that could
 * start a formula neutralised. For CRMs: every value exactly as stored (E.164 phones, option values,
 * ISO 8601 dates), no byte-order mark.
 */
export function formExportLayout(form: FormDefinition, mode: ExportMode): CsvLayout {
  const labels = uniqueLabels([
    'Lead id',
    'Received',
    'Status',
    'Score',
    'Tier',
    'Outcome',
    ...form.fields.map((field) => field.label),
    ...form.calculations.map((calculation) => calculation.label),
    'Source',
    'Medium',
    'Campaign',
    'Variant',
    'Ad click id',
    'Referrer',
    'Landing page',
  ]);
  const sheets = mode === 'sheets';
  const cell = sheets ? undefined : plainCsvCell;
  const outcomeTitle = (id: string | null) =>
    id && sheets ? (form.quiz?.outcomes.find((outcome) => outcome.id === id)?.title ?? id) : id;
  const answerCell = (lead: Lead, name: string): string | number | boolean => {
    const field = form.fields.find((f) => f.name === name);
    const value: AnswerValue | undefined = lead.answers[name];
    if (value === undefined) return '';
    if (!sheets) return typeof value === 'object' ? value.join('; ') : value;
    if (field && kindOf(field).contact === 'phone' && typeof value === 'string') return sheetPhone(value);
    return typeof value === 'number' ? value : answerText(field, value);
  };
  return {
    header: (sheets ? BOM : '') + csvRow(labels, cell),
    row(lead) {
      const source = leadSource(lead);
      return csvRow(
        [
          lead.id,
          sheets ? lead.createdAt.toISOString().slice(0, 19).replace('T', ' ') : lead.createdAt.toISOString(),
          lead.status,
          lead.score,
          lead.tier,
          outcomeTitle(lead.outcome),
          ...form.fields.map((field) => answerCell(lead, field.name)),
          ...form.calculations.map((calculation) => lead.results.computed[calculation.name]),
          source.source,
          source.medium,
          source.campaign,
          source.variant,
          source.clickId,
          source.referrer,
          source.landingPage,
        ],
        cell,
      );
    },
  };
}

/** "+447911123456" as "(+44) 7911 123456": a spreadsheet keeps it as text, a dialler or CRM still reads it. */
export function sheetPhone(e164: string): string {
  const shown = phoneDisplay(e164);
  const space = shown.indexOf(' ');
  return shown.startsWith('+') && space > 0 ? `(${shown.slice(0, space)})${shown.slice(space)}` : shown;
}

/** Column headings once each: a label used twice gets a number, so importers can map every column. */
function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}
