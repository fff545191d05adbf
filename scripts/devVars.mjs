import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hashPassword } from '../functions/admin/auth/hashPassword.ts';

/** The file `npm start` reads local settings from (git-ignored); FORMWELL_DEV_VARS points elsewhere (the tests do). */
export const DEV_VARS_PATH = process.env.FORMWELL_DEV_VARS ?? '.dev.vars';

/**
 * Local secrets for `wrangler dev`, created once in .dev.vars. Returns the names it added and,
 * when it made one, the new owner password: only its hash is written, so the caller must show it.
 */
export async function ensureDevVars(path = DEV_VARS_PATH) {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const added = [];
  let password;
  const wanted = {
    FORM_TOKEN_SECRET: () => randomBytes(32).toString('base64url'),
    ADMIN_SESSION_SECRET: () => randomBytes(32).toString('base64url'),
    ADMIN_PASSWORD_HASH: async () => {
      password = newPassword();
      return hashPassword(password);
    },
    // Locally every lead's reply is "sent" to miniflare's mail folder, so the templates' promises hold out of the box.
    REPLY_FROM: () => 'replies@formwell.localhost',
  };
  let next = text;
  for (const [name, make] of Object.entries(wanted)) {
    if (devVarNames(text).includes(name)) continue;
    next += `${next === '' || next.endsWith('\n') ? '' : '\n'}${name}=${await make()}\n`;
    added.push(name);
  }
  if (added.length > 0) writeFileSync(path, next, { mode: 0o600 });
  return { added, password };
}

/** Sets one setting in the file, replacing the line that holds it or adding one. */
export function setDevVar(path, name, value) {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const line = `${name}=${value}`;
  const pattern = new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=.*$`, 'm');
  const next = pattern.test(text)
    ? text.replace(pattern, line)
    : `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
  writeFileSync(path, next, { mode: 0o600 });
}

/** The names a dotenv file sets, in order (values are never returned). */
export function devVarNames(text) {
  const names = [];
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(raw);
    if (match?.[1] && !names.includes(match[1])) names.push(match[1]);
  }
  return names;
}

/** A readable random owner password: 16 characters from a 64-letter alphabet (96 bits). */
export function newPassword() {
  return randomBytes(12).toString('base64url');
}
