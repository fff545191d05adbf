import { csvCell } from './csvCell';

/** A CSV record with its CRLF line end. */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
