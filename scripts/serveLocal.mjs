import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startCronTicker } from './cronTicker.mjs';
import { devVarNames } from './devVars.mjs';
import { offlineEnv } from './offline.mjs';
import { run } from './run.mjs';

const BUILT_CONFIG = 'dist/server/wrangler.json';

/**
 * What `npm start`, the browser tests, the load test and the bench share: build, apply the migrations
 * to local D1, and serve the build with `wrangler dev` on loopback with every setting in `devVars`
 * (a dotenv file) and the cron triggers firing by themselves. Resolves once the Worker answers.
 *
 * wrangler loads only the names in `secrets.required` from a dotenv file, so the optional settings
 * (webhook secrets, WEBHOOKS_ALLOW_LOOPBACK, OWNER_EMAIL_TO…) would be dropped: the local config lists
 * every name the file sets. It is written beside the local database (each server its own), with the
 * build's paths made absolute; the build's own config stays as built.
 */
export async function serveLocal({
  port,
  devVars,
  persistTo = '.wrangler/state',
  build = true,
  quiet = false,
  detached = false,
}) {
  const stdio = quiet ? 'ignore' : 'inherit';
  // A production build whoever calls: vitest sets NODE_ENV=test, which gave the browser tests Solid's development build.
  if (build) await run('astro', ['build'], { stdio, env: { NODE_ENV: 'production' } });
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], { stdio });
  const names = existsSync(devVars) ? devVarNames(readFileSync(devVars, 'utf8')) : [];
  const config = localConfig(names);
  const configPath = join(persistTo, 'wrangler.local.json');
  mkdirSync(dirname(configPath), { recursive: true });
  writeFileSync(configPath, JSON.stringify(config, null, 2));

  const args = ['dev', '--config', configPath, '--port', String(port), '--ip', '127.0.0.1'];
  args.push('--persist-to', resolve(persistTo), '--show-interactive-dev-session=false');
  if (existsSync(devVars)) args.push('--env-file', resolve(devVars));
  const server = spawn('wrangler', args, {
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, ...offlineEnv },
    detached,
  });
  const origin = `http://127.0.0.1:${port}`;
  await ready(server, `${origin}/api/health`);
  const crons = config.triggers?.crons ?? [];
  const stopTicker = startCronTicker({
    origin,
    crons,
    onError: (error) => console.error(`Local cron: ${error instanceof Error ? error.message : String(error)}`),
  });
  server.on('exit', stopTicker);
  return { server, origin, settings: names, crons, stop: stopTicker };
}

function localConfig(names) {
  const config = JSON.parse(readFileSync(BUILT_CONFIG, 'utf8'));
  const built = resolve(dirname(BUILT_CONFIG));
  config.main = resolve(built, config.main);
  if (config.assets?.directory) config.assets.directory = resolve(built, config.assets.directory);
  for (const database of config.d1_databases ?? []) {
    if (database.migrations_dir) database.migrations_dir = resolve(built, database.migrations_dir);
  }
  const required = config.secrets?.required ?? [];
  config.secrets = { ...config.secrets, required: [...new Set([...required, ...names])] };
  return config;
}

async function ready(server, healthUrl) {
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      if ((await fetch(healthUrl)).ok) {
        // From here on a quiet server's output is drained and dropped.
        server.stdout?.off('data', keep);
        server.stderr?.off('data', keep);
        server.stdout?.resume();
        server.stderr?.resume();
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${healthUrl} within 90 s:\n${output}`);
}
