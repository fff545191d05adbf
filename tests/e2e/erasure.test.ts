import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../functions/admin/auth/hashPassword';
import { freePort } from '../../scripts/freePort.mjs';
import { serveLocal } from '../../scripts/serveLocal.mjs';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Its own server and database: the file is read after the server has stopped and closed it cleanly.
describe('erasing a person', () => {
  it('leaves none of their email, phone or answers in the database files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'formwell-erase-'));
    const port = await freePort();
    const devVars = join(dir, '.dev.vars');
    writeFileSync(
      devVars,
      `FORM_TOKEN_SECRET=${randomUUID()}\nADMIN_PASSWORD_HASH=${await hashPassword('erasure test password')}\nADMIN_SESSION_SECRET=${randomUUID()}\n`,
    );
    const { server, origin, stop } = await serveLocal({
      port,
      devVars,
      persistTo: dir,
      build: false,
      quiet: true,
      detached: true,
    });
    const person = {
      email: `zebra.${randomUUID().slice(0, 8)}@example.com`,
      phone: '+1 757 555 0199',
      note: 'Quokka-Marmalade-7731',
    };
    try {
      const submit = (email: string, phone: string, message: string) =>
        fetch(`${origin}/api/forms/quote/submissions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'cf-connecting-ip': `198.18.91.${Math.floor(Math.random() * 250)}`,
          },
          body: JSON.stringify({
            name: 'Zed Zebra',
            email,
            phone,
            service: 'seo',
            budget: 'over-10k',
            timeline: 'asap',
            message,
            consent: true,
          }),
        });
      // Other people's leads around theirs, so the pages hold more than one row.
      for (let i = 0; i < 30; i++)
        expect((await submit(`other.${i}@example.com`, '+1 757 555 0100', `other ${i}`)).status).toBe(201);
      expect((await submit(person.email, person.phone, person.note)).status).toBe(201);
      expect((await submit(person.email, person.phone, `${person.note} again`)).status).toBe(201);

      const login = await fetch(`${origin}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ password: 'erasure test password' }),
      });
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const erase = await fetch(`${origin}/api/admin/people/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: person.email }),
      });
      expect(await erase.json()).toEqual({ erased: 2 });
    } finally {
      stop();
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await new Promise<void>((resolve) => server.on('exit', () => resolve()));
    }
    // The server was stopped, not closed cleanly: fold its write-ahead log into the database file, as
    // SQLite itself does at its next checkpoint, so that what is checked is the file as it settles.
    for (const file of filesUnder(join(dir, 'v3', 'd1')).filter((path) => path.endsWith('.sqlite'))) {
      const database = new DatabaseSync(file);
      database.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      database.close();
    }
    const files = filesUnder(join(dir, 'v3', 'd1'));
    expect(files.some((file) => file.endsWith('.sqlite'))).toBe(true);
    const found = files.filter((file) => {
      const bytes = readFileSync(file);
      return [person.email, '+17575550199', person.note].some((value) => bytes.includes(value));
    });
    expect(found).toEqual([]);
    // The others are still there: the check would find what it looks for.
    const database = files.find((file) => file.endsWith('.sqlite') && !file.includes('metadata'));
    expect(readFileSync(database ?? '').includes('other.7@example.com')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
