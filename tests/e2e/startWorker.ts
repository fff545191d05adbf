import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../../functions/admin/auth/hashPassword';
import { freePort } from '../../scripts/freePort.mjs';
import { serveLocal } from '../../scripts/serveLocal.mjs';

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
 * Builds Formwell and serves it exactly as `npm start` does (serveLocal: every setting of a
 * .dev.vars file, the cron firing by itself), on a free loopback port with a fresh local D1. The
 * settings file is this run's own, with fresh secrets; the sample connections stay unset, so a quote
 * submission is a plain one (the quote form sends no reply; forms that do send theirs).
 */
export default async function startWorker(project: TestProject) {
  const persistDir = mkdtempSync(join(tmpdir(), 'formwell-e2e-'));
  const port = await freePort();
  const adminPassword = randomUUID();
  const embedOrigin = `http://127.0.0.1:${await freePort()}`;
  const formTokenSecret = randomUUID();
  const devVars = join(persistDir, '.dev.vars');
  const settings = {
    FORM_TOKEN_SECRET: formTokenSecret,
    ADMIN_PASSWORD_HASH: await hashPassword(adminPassword),
    ADMIN_SESSION_SECRET: randomUUID(),
    QUOTE_EMBED_ORIGINS: embedOrigin,
    // Replies to leads are sent (to miniflare's local mail store): the speed-to-lead tests time them.
    REPLY_FROM: 'replies@formwell.test',
  };
  writeFileSync(
    devVars,
    Object.entries(settings)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
    { mode: 0o600 },
  );
  const { server, stop } = await serveLocal({ port, devVars, persistTo: persistDir, quiet: true, detached: true });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('persistDir', persistDir);
  project.provide('adminPassword', adminPassword);
  project.provide('embedOrigin', embedOrigin);
  project.provide('formTokenSecret', formTokenSecret);
  return async () => {
    stop();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(persistDir, { recursive: true, force: true });
  };
}
