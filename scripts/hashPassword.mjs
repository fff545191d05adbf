// `npm run admin:hash-password`: asks for the owner password and prints the value for the
// ADMIN_PASSWORD_HASH secret (`npx wrangler secret put ADMIN_PASSWORD_HASH`). The password itself is never stored.
import { createInterface } from 'node:readline/promises';
import { hashPassword } from '../functions/admin/auth/hashPassword.ts';

const fromArgument = process.argv[2];
const password =
  fromArgument ??
  (await createInterface({ input: process.stdin, output: process.stderr }).question('Owner password: ')).trim();
if (password.length < 12) {
  console.error('Use a password of at least 12 characters.');
  process.exit(1);
}
console.log(await hashPassword(password));
process.exit(0);
