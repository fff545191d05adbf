// Bounded load test of the submission API against the local Worker, on loopback only:
// `node scripts/loadTest.mjs` (or the npm script) builds Formwell, serves it with `wrangler dev`
// on a free port with a fresh local D1, posts valid quote submissions for LOAD_SECONDS (20) over
// LOAD_CONNECTIONS (50) connections with autocannon, then checks that D1 holds exactly one lead per
// 201 answer (none lost, none duplicated) and nothing else but the requests still in flight at the
// deadline. Exits 1 if not, or if any request failed.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { queryLocalD1 } from '../tests/e2e/localD1.ts';
import { freePort } from './freePort.mjs';
import { serveLocal } from './serveLocal.mjs';

const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const run = randomUUID().slice(0, 8);

const persistDir = mkdtempSync(join(tmpdir(), 'formwell-load-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
console.log(`Building and serving Formwell on ${base} (local D1 in ${persistDir}) ...`);
const devVars = join(persistDir, '.dev.vars');
writeFileSync(
  devVars,
  `FORM_TOKEN_SECRET=${randomUUID()}\nADMIN_PASSWORD_HASH=unused\nADMIN_SESSION_SECRET=${randomUUID()}\n`,
);
const { server, stop: stopCron } = await serveLocal({
  port,
  devVars,
  persistTo: persistDir,
  quiet: true,
  detached: true,
});
const stop = () => {
  stopCron();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(persistDir, { recursive: true, force: true });
};

try {
  let sent = 0;
  const answered = new Map();
  const ids = [];
  console.log(`autocannon: ${connections} connections for ${seconds} s against POST /api/forms/quote/submissions`);
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/forms/quote/submissions',
        setupRequest: (request) => {
          sent += 1;
          const n = sent;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
              // Each request as another visitor: the per-client rate limit (10 a minute) is not what is measured.
              'cf-connecting-ip': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: JSON.stringify({
              name: 'Load Test',
              email: `load-${run}-${n}@example.com`,
              service: 'seo',
              budget: '2k-10k',
              timeline: 'asap',
              message: `request ${n}`,
              consent: true,
            }),
          };
        },
        onResponse: (status, body) => {
          answered.set(status, (answered.get(status) ?? 0) + 1);
          if (status === 201) ids.push(JSON.parse(body).id);
        },
      },
    ],
  });

  const rows = await queryLocalD1(
    persistDir,
    `select id from leads where json_extract(answers, '$.email') like 'load-${run}-%'`,
  );
  const stored = new Set(rows.map((row) => row.id));
  const answeredIds = new Set(ids);
  const lost = [...answeredIds].filter((id) => !stored.has(id)).length;
  const unanswered = [...stored].filter((id) => !answeredIds.has(id)).length;
  const duplicated = ids.length - answeredIds.size;
  // autocannon stops at the deadline without awaiting the answers still in flight: those requests were
  // sent and may be stored; each must then be stored once, like the rest.
  const answers = [...answered.values()].reduce((sum, count) => sum + count, 0);
  const inFlight = sent - answers;
  const statuses = Object.fromEntries([...answered].sort());
  const figures = {
    connections,
    seconds,
    requests: result.requests.total,
    'requests/s (mean)': result.requests.average,
    'latency p50 ms': result.latency.p50,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    'answered 201': ids.length,
    'leads stored': stored.size,
    'lost (201 but not stored)': lost,
    'in flight at the deadline (sent, answer not awaited)': inFlight,
    'stored without an awaited 201': unanswered,
    'duplicated ids': duplicated,
  };
  console.log(JSON.stringify(figures, null, 2));
  const ok =
    lost === 0 &&
    duplicated === 0 &&
    unanswered <= inFlight &&
    stored.size === ids.length + unanswered &&
    result.errors === 0 &&
    result.timeouts === 0 &&
    ids.length === answers;
  console.log(ok ? 'OK: every 201 is exactly one stored lead.' : 'FAILED: see the figures above.');
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
