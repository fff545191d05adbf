// `npx tsx bench/replyLatency.ts [baseUrl] [persistDir]`: submits the lead magnet 30 times to a running
// Formwell (npm start) and reports how long each lead waited for its reply to be handed to the mail
// binding (outbox created_at → delivered_at), median and 95th percentile.
import { queryLocalD1 } from '../tests/e2e/localD1';

const baseUrl = process.argv[2] ?? 'http://localhost:8787';
const persistDir = process.argv[3] ?? '.wrangler/state';
const RUNS = 30;
const run = `latency-${Date.now()}`;

for (let i = 0; i < RUNS; i++) {
  const response = await fetch(`${baseUrl}/api/forms/lead-magnet/submissions`, {
    method: 'POST',
    // A visitor of its own each time (a benchmarking-range address), past the per-visitor rate limit.
    headers: {
      'content-type': 'application/json',
      'cf-connecting-ip': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`,
    },
    body: JSON.stringify({ email: `${run}-${i}@example.com`, first_name: 'Bench', role: 'owner', consent: 'yes' }),
  });
  if (response.status !== 201) throw new Error(`submission ${i} answered ${response.status}`);
}
// Each reply's first attempt runs right after its response; give the last ones a moment.
let rows: { waited: number | null }[] = [];
for (let tries = 0; tries < 20; tries++) {
  rows = await queryLocalD1<{ waited: number | null }>(
    persistDir,
    `select o.delivered_at - o.created_at as waited from webhook_outbox o join leads l on l.id = o.lead_id where o.endpoint = 'email:reply' and json_extract(l.answers, '$.email') like '${run}-%'`,
  );
  if (rows.length === RUNS && rows.every((row) => row.waited !== null)) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const waited = rows.map((row) => row.waited ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
const at = (fraction: number) => waited[Math.max(0, Math.ceil(fraction * waited.length) - 1)];
console.log(`${waited.length} replies of ${RUNS}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${waited.at(-1)} ms`);
