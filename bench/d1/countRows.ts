import { queryLocalD1 } from '../../tests/e2e/localD1';

/** Bookkeeping tables of D1, miniflare and SQLite, which no submission writes on purpose. */
const INTERNAL = "name not like 'sqlite_%' and name not like '_cf_%' and name != 'd1_migrations'";

/**
 * Row count of every application table in the local D1 under `persistDir`, so the difference
 * before and after submissions is the rows they added, whichever tables a change adds later.
 */
export async function countRows(persistDir: string): Promise<Record<string, number>> {
  const tables = await queryLocalD1<{ name: string }>(
    persistDir,
    `select name from sqlite_master where type = 'table' and ${INTERNAL} order by name`,
  );
  if (tables.length === 0) throw new Error(`no application tables in the local D1 at ${persistDir}`);
  const counts = tables.map(({ name }) => `(select count(*) from "${name}") as "${name}"`).join(', ');
  const [row] = await queryLocalD1<Record<string, number>>(persistDir, `select ${counts}`);
  if (!row) throw new Error(`counting rows in the local D1 at ${persistDir} returned nothing`);
  return row;
}
