// `node scripts/offlineRun.mjs <tool> [args…]`: runs a tool from node_modules/.bin with telemetry,
// update checks and cf.json downloads switched off (used by the npm scripts).
import { run } from './run.mjs';

const [tool, ...args] = process.argv.slice(2);
if (!tool) {
  console.error('usage: node scripts/offlineRun.mjs <tool> [args…]');
  process.exit(2);
}
run(tool, args).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
