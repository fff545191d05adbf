// `npm start`: build, migrate the local D1 database, and serve Formwell with wrangler on workerd.
import { ensureDevVars } from './devVars.mjs';
import { serveBuild } from './serveBuild.mjs';

const port = process.env.PORT ?? '8787';
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Formwell needs Node 22.12 or newer, but this is Node ${process.versions.node}. Run it through npm (npm start), which uses the Node 22 from node_modules.`,
  );
  process.exit(1);
}

const added = await ensureDevVars();
if (added.length > 0) console.log(`Wrote local secrets to .dev.vars: ${added.join(', ')}`);

const server = await serveBuild({ port });
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && String(chunk).includes('Ready on')) {
    announced = true;
    console.log(`\nFormwell is running: http://localhost:${port}/  (sample form: http://localhost:${port}/f/quote/)\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
