import { spawn } from 'node:child_process';
import { offlineEnv } from './offline.mjs';
import { run } from './run.mjs';

/**
 * What `npm start` and the browser tests share: build, apply the migrations to local D1, and
 * serve the build with `wrangler dev` on loopback. Returns the running server's process.
 */
export async function serveBuild({ port, persistTo, vars = {}, quiet = false, detached = false }) {
  const stdio = quiet ? 'ignore' : 'inherit';
  const where = persistTo ? ['--persist-to', persistTo] : [];
  await run('astro', ['build'], { stdio });
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', ...where], { stdio });
  const varFlags = Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
  return spawn(
    'wrangler',
    ['dev', '--port', String(port), '--ip', '127.0.0.1', ...where, ...varFlags, '--show-interactive-dev-session=false'],
    { stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'], env: { ...process.env, ...offlineEnv }, detached },
  );
}
