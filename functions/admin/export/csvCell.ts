/** Characters a spreadsheet may split cells on: comma (English locales), semicolon (German, French…), tab. */
const SEPARATORS = ',;\t';
/** Characters that begin a formula, or a control that moves the start on, at the start of a cell. */
const FORMULA_START = '=+-@\t\r\n';

/**
 * One CSV cell (RFC 4180), safe for spreadsheets: every place a formula could start gets an
 * apostrophe, which spreadsheets show as a text marker; a cell with a separator of any locale, a
 * quote or a line break is quoted. Numbers and booleans are the Worker's own values and pass as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  let text = '';
  // A cell starts at the start of the value and, for a program that splits on another separator or
  // ignores our quotes, after any separator or line break.
  for (let i = 0; i < value.length; i++) {
    const startsCell = i === 0 || `${SEPARATORS}\r\n`.includes(value[i - 1] ?? '');
    if (startsCell && FORMULA_START.includes(value[i] ?? '')) text += "'";
    text += value[i];
  }
  return [...`${SEPARATORS}"\r\n`].some((char) => text.includes(char)) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV cell (RFC 4180) exactly as stored, for importing into a CRM or a mail tool: quoted when
 * it must be, never altered. Not for opening in a spreadsheet (a cell may start a formula there).
 */
export function plainCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
