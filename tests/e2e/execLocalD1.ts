import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { offlineEnv } from '../../scripts/offline.mjs';

const exec = promisify(execFile);

/**
 * Runs `wrangler d1 execute` against the test Worker's local D1 (`--command <sql>` or `--file <path>`).
 * The running Worker holds the same SQLite file, so a write can meet SQLITE_BUSY: it is tried again
 * a few times, which is why seeding statements are written to be idempotent.
 */
export async function execLocalD1(persistDir: string, what: ['--command' | '--file', string]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await exec('wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, ...what], {
        env: { ...process.env, ...offlineEnv },
        maxBuffer: 16 * 1024 * 1024,
      });
      return;
    } catch (error) {
      if (attempt >= 5 || !String((error as { stderr?: unknown }).stderr ?? error).includes('SQLITE_BUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
    }
  }
}
