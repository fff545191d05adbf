import type { TestProject } from 'vitest/node';
import startWorker from '../../tests/e2e/startWorker';

export interface RunningFormwell {
  baseUrl: string;
  persistDir: string;
  /** This run's owner password, for what the bench sets up through the admin API. */
  adminPassword: string;
  stop: () => void;
}

/**
 * Builds Formwell, migrates a fresh local D1 and serves it with `wrangler dev`, exactly as the
 * browser tests' global setup does, so the bench measures what the tests check.
 */
export async function startFormwell(): Promise<RunningFormwell> {
  const provided = new Map<string, string>();
  // startWorker only calls `provide` on the vitest project; reusing it beats a second copy.
  const project = { provide: (key: string, value: string) => provided.set(key, value) };
  const stop = await startWorker(project as unknown as TestProject);
  const baseUrl = provided.get('baseUrl');
  const persistDir = provided.get('persistDir');
  const adminPassword = provided.get('adminPassword');
  if (!baseUrl || !persistDir || !adminPassword) {
    throw new Error('tests/e2e/startWorker.ts no longer provides baseUrl, persistDir and adminPassword');
  }
  return { baseUrl, persistDir, adminPassword, stop };
}
