import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hashPassword } from '../functions/admin/hashPassword.ts';

/**
 * Local secrets for `wrangler dev`, created once in .dev.vars (git-ignored). Returns the names
 * it added so `npm start` can say so. The generated admin password is printed here, once: only
 * its hash is stored.
 */
export async function ensureDevVars(path = '.dev.vars') {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const added = [];
  const wanted = {
    FORM_TOKEN_SECRET: () => randomBytes(32).toString('base64url'),
    ADMIN_SESSION_SECRET: () => randomBytes(32).toString('base64url'),
    ADMIN_PASSWORD_HASH: async () => {
      const password = randomBytes(12).toString('base64url');
      console.log(`Owner password for /admin (shown this once; .dev.vars keeps only its hash): ${password}`);
      return hashPassword(password);
    },
  };
  let next = text;
  for (const [name, make] of Object.entries(wanted)) {
    if (new RegExp(`^${name}=`, 'm').test(text)) continue;
    next += `${next === '' || next.endsWith('\n') ? '' : '\n'}${name}=${await make()}\n`;
    added.push(name);
  }
  if (added.length > 0) writeFileSync(path, next, { mode: 0o600 });
  return added;
}
