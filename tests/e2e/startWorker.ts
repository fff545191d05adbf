import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../../functions/admin/hashPassword';
import { freePort } from '../../scripts/freePort.mjs';
import { serveBuild } from '../../scripts/serveBuild.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    persistDir: string;
    /** The owner password of this run's admin (only its hash reaches the Worker). */
    adminPassword: string;
    /** A free loopback origin the quote form allows embeds from (QUOTE_EMBED_ORIGINS); tests/e2e/embed.test.ts serves it. */
    embedOrigin: string;
    /** This run's FORM_TOKEN_SECRET, so tests can sign what the Worker signs (partial leads' resume links). */
    formTokenSecret: string;
  }
}

/**
 * Builds Formwell and serves the build with `wrangler dev` on a free loopback port and a
 * fresh local D1, as `npm start` does, so the browser tests drive the real Worker.
 */
export default async function startWorker(project: TestProject) {
  const persistDir = mkdtempSync(join(tmpdir(), 'formwell-e2e-'));
  const port = await freePort();
  const adminPassword = randomUUID();
  const embedOrigin = `http://127.0.0.1:${await freePort()}`;
  const formTokenSecret = randomUUID();
  const server = await serveBuild({
    port,
    persistTo: persistDir,
    vars: {
      FORM_TOKEN_SECRET: formTokenSecret,
      ADMIN_PASSWORD_HASH: await hashPassword(adminPassword),
      ADMIN_SESSION_SECRET: randomUUID(),
      QUOTE_EMBED_ORIGINS: embedOrigin,
    },
    quiet: true,
    detached: true,
  });
  await ready(server, `http://127.0.0.1:${port}/api/health`);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('persistDir', persistDir);
  project.provide('adminPassword', adminPassword);
  project.provide('embedOrigin', embedOrigin);
  project.provide('formTokenSecret', formTokenSecret);
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(persistDir, { recursive: true, force: true });
  };
}

async function ready(server: ChildProcess, healthUrl: string): Promise<void> {
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${healthUrl} within 60 s:\n${output}`);
}
