// `npm start`: build, migrate the local D1 database, and serve Formwell with wrangler on workerd,
// with every setting in .dev.vars and the cron triggers running by themselves.
import { DEV_VARS_PATH, ensureDevVars } from './devVars.mjs';
import { framed } from './framed.mjs';
import { serveLocal } from './serveLocal.mjs';

const port = process.env.PORT ?? '8787';
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Formwell needs Node 22.12 or newer, but this is Node ${process.versions.node}. Run it through npm (npm start), which uses the Node 22 from node_modules.`,
  );
  process.exit(1);
}

const { added, password } = await ensureDevVars(DEV_VARS_PATH);
const { server, settings, crons } = await serveLocal({
  port,
  devVars: DEV_VARS_PATH,
  build: process.env.FORMWELL_SKIP_BUILD !== '1',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

const base = `http://localhost:${port}`;
const lines = [
  `Formwell is running: ${base}/`,
  `Sample form: ${base}/f/quote/   Admin: ${base}/admin/`,
  `Settings from ${DEV_VARS_PATH} (names only): ${settings.join(', ') || '(none)'}`,
  added.length > 0 ? `Added to ${DEV_VARS_PATH}: ${added.join(', ')}` : '',
  `Cron ${crons.join(', ')} runs by itself here, as on Cloudflare (webhook retries, retention, expiry).`,
].filter(Boolean);
console.log(`\n${lines.join('\n')}\n`);
// Last, so that nothing scrolls it away: the owner password exists nowhere else.
if (password) {
  console.log(
    framed([
      'Owner password for /admin (shown this once):',
      '',
      `    ${password}`,
      '',
      `${DEV_VARS_PATH} keeps only its hash. Forgot it? npm run admin:reset-password`,
    ]),
  );
}
