import { spawn } from 'node:child_process';
import { offlineEnv } from './offline.mjs';

/**
 * Runs a tool from node_modules/.bin with the offline environment, resolving when it exits 0.
 * npm puts node_modules/.bin (and so Node 22) first on PATH for every script that calls this.
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.stdio ?? 'inherit',
      env: { ...process.env, ...offlineEnv, ...options.env },
      cwd: options.cwd,
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
