import type { SpendRow } from './parseSpendCsv';

/** Rows per statement: each statement binds the rows as one JSON parameter (D1 binds at most 100). */
const ROWS_PER_STATEMENT = 500;

/**
 * Stores imported spend in one D1 batch (all or nothing): a day, source, campaign and currency
 * already imported gets the new amount instead of a second one. (`where true` is what SQLite needs
 * between an INSERT's SELECT and its ON CONFLICT.)
 */
export async function importSpend(db: D1Database, rows: readonly SpendRow[], now: Date): Promise<number> {
  const statements = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((row) => [row.day, row.source, row.campaign, row.currency, row.amountMinor]);
    statements.push(
      db
        .prepare(
          `insert into ad_spend (day, source, campaign, currency, amount_minor, imported_at)
           select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ?1 from json_each(?2) where true
           on conflict (day, source, campaign, currency) do update set amount_minor = excluded.amount_minor, imported_at = excluded.imported_at`,
        )
        .bind(now.getTime(), JSON.stringify(part)),
    );
  }
  if (statements.length > 0) await db.batch(statements);
  return rows.length;
}
