import autocannon from 'autocannon';
import { countRows } from '../d1/countRows';
import { rowsAdded } from '../d1/rowsAdded';
import { quoteAnswers } from '../quoteAnswers';
import { cpuTimeMs } from './cpuTimeMs';
import { workerdProcesses } from './workerdProcesses';

export interface SubmissionLoad {
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  succeeded: number;
  non2xx: number;
  /** Responses per HTTP status, so a wave of 429s or 503s is visible at once. */
  statuses: Record<string, number>;
  errors: number;
  /**
   * workerd CPU time per processed submission (sent, minus non-2xx and errors; those cut off at
   * the end of the window included): the Worker's process, and all of wrangler's. Null: none succeeded.
   */
  cpuMsPerSubmission: { worker: number; allWorkerd: number } | null;
  /** Rows added across all D1 tables per processed submission. Null: none succeeded. */
  d1RowsPerSubmission: number | null;
}

const CONNECTIONS = 20;
const DURATION_SECONDS = 15;
const WARM_UP_REQUESTS = 100;

/**
 * POSTs valid quote answers as JSON to the local Worker with autocannon, 20 connections for
 * 15 s on loopback, after 100 warm-up requests (so JIT and first-request work are not counted).
 * Every request is a different visitor: its own email (else it is the same lead again, answered
 * from D1 without a write) and its own CF-Connecting-IP from the 198.18.0.0/15 benchmarking range
 * (else the Worker's per-visitor rate limit answers 429). The addresses are header values only.
 */
export async function loadSubmissions(baseUrl: string, persistDir: string): Promise<SubmissionLoad> {
  let visitor = 0;
  const options = {
    url: `${baseUrl}/api/forms/quote/submissions`,
    requests: [
      {
        method: 'POST' as const,
        setupRequest: (request: autocannon.Request) => {
          visitor += 1;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'cf-connecting-ip': `198.${18 + ((visitor >> 16) & 1)}.${(visitor >> 8) & 255}.${visitor & 255}`,
            },
            body: JSON.stringify({ ...quoteAnswers, email: `load-${visitor}@example.com` }),
          };
        },
      },
    ],
  };
  await autocannon({ ...options, amount: WARM_UP_REQUESTS, connections: 4 });

  const processes = workerdProcesses(persistDir);
  const cpu = () => processes.map(({ pid, runsWorker }) => ({ runsWorker, ms: cpuTimeMs(pid) }));
  const rowsBefore = await countRows(persistDir);
  const cpuBefore = cpu();
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION_SECONDS });
  // Requests still in flight when the window closed are finished by the Worker without being
  // counted by autocannon: let them land, and count them as processed below.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const cpuAfter = cpu();
  const rowsAfter = await countRows(persistDir);

  const succeeded = result['2xx'];
  const processed = result.requests.sent - result.non2xx - result.errors;
  const used = (which: (runsWorker: boolean) => boolean) =>
    cpuAfter.reduce(
      (total, after, index) => total + (which(after.runsWorker) ? after.ms - (cpuBefore[index]?.ms ?? 0) : 0),
      0,
    );
  return {
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    succeeded,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]),
    ),
    errors: result.errors,
    cpuMsPerSubmission:
      succeeded === 0
        ? null
        : { worker: used((runsWorker) => runsWorker) / processed, allWorkerd: used(() => true) / processed },
    d1RowsPerSubmission: succeeded === 0 ? null : rowsAdded(rowsBefore, rowsAfter) / processed,
  };
}
