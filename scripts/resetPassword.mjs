// `npm run admin:reset-password`: a new local owner password. It writes only the hash to .dev.vars
// (ADMIN_PASSWORD_HASH) and shows the password once; sessions signed in with the old one end.
// With an argument, that becomes the password (at least 12 characters).
import { hashPassword } from '../functions/admin/auth/hashPassword.ts';
import { DEV_VARS_PATH, newPassword, setDevVar } from './devVars.mjs';
import { framed } from './framed.mjs';

const chosen = process.argv[2];
if (chosen !== undefined && chosen.length < 12) {
  console.error('Use a password of at least 12 characters, or give none to get a random one.');
  process.exit(1);
}
const password = chosen ?? newPassword();
setDevVar(DEV_VARS_PATH, 'ADMIN_PASSWORD_HASH', await hashPassword(password));
console.log(
  framed([
    'New owner password for /admin:',
    '',
    `    ${password}`,
    '',
    `${DEV_VARS_PATH} keeps only its hash. Restart npm start for it to take effect;`,
    'every session signed in with the old password ends.',
  ]),
);
