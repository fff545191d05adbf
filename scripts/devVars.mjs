import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Local secrets for `wrangler dev`, created once in .dev.vars (git-ignored). Returns the names
 * it added so `npm start` can say so.
 */
export function ensureDevVars(path = '.dev.vars') {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const added = [];
  const wanted = { FORM_TOKEN_SECRET: () => randomBytes(32).toString('base64url') };
  let next = text;
  for (const [name, make] of Object.entries(wanted)) {
    if (new RegExp(`^${name}=`, 'm').test(text)) continue;
    next += `${next === '' || next.endsWith('\n') ? '' : '\n'}${name}=${make()}\n`;
    added.push(name);
  }
  if (added.length > 0) writeFileSync(path, next, { mode: 0o600 });
  return added;
}
