/** Characters that make a spreadsheet read a cell as a formula (or split it) when it starts with them. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell (RFC 4180). A text that starts like a formula gets a leading apostrophe, so
 * spreadsheets show it as text instead of running it; a cell with a comma, quote or line break
 * is quoted. Numbers and booleans are the Worker's own values and pass as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
