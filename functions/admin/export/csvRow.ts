import { csvCell } from './csvCell';

type Cell = string | number | boolean | null | undefined;

/** A CSV record with its CRLF line end; cells spreadsheet-safe unless another writer is given. */
export function csvRow(cells: readonly Cell[], cell: (value: Cell) => string = csvCell): string {
  return `${cells.map(cell).join(',')}\r\n`;
}
