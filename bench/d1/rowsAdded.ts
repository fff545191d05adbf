/** Rows added between two `countRows` results, over all tables. */
export function rowsAdded(before: Record<string, number>, after: Record<string, number>): number {
  return Object.entries(after).reduce((added, [table, count]) => added + count - (before[table] ?? 0), 0);
}
