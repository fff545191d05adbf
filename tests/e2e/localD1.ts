import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { offlineEnv } from '../../scripts/offline.mjs';

const exec = promisify(execFile);

/** Runs a read query against the local D1 that the test Worker writes to. */
export async function queryLocalD1<Row>(persistDir: string, sql: string): Promise<Row[]> {
  const { stdout } = await exec(
    'wrangler',
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--json', '--command', sql],
    { env: { ...process.env, ...offlineEnv } },
  );
  const [result] = JSON.parse(stdout) as { results: Row[] }[];
  return result?.results ?? [];
}

export function leadsWithEmail(persistDir: string, email: string) {
  return queryLocalD1<{
    id: string;
    form_slug: string;
    answers: string;
    status: string;
    outcome: string | null;
    results: string;
  }>(
    persistDir,
    `select id, form_slug, answers, status, outcome, results from leads where json_extract(answers, '$.email') = '${email.replaceAll("'", "''")}'`,
  );
}
