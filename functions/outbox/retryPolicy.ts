const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * The one retry table: when attempt n (index n - 1) is due, in seconds after the first attempt's
 * scheduled time. Ten attempts spread over a day ride out deploys and most outages.
 */
export const RETRY_SCHEDULE_SECONDS = [
  0,
  5,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
] as const;

/** Attempts per message; after the last one fails the message is marked failed. */
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length;

/** Each wait is stretched or shrunk by up to this fraction, so endpoints that failed together do not all retry together. */
export const RETRY_JITTER = 0.1;

/** How long one delivery request may take before it counts as a timeout. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The longest `Retry-After` honoured; a receiver asking for more is retried after this. */
export const MAX_RETRY_AFTER_SECONDS = 24 * HOUR;

/** An endpoint whose deliveries have failed without a single success for this long is disabled. */
export const FAILING_ENDPOINT_DAYS = 3;

/**
 * What one sweep may spend, sized from Cloudflare's per-invocation limits (2026): Workers Free allows 50
 * subrequests and 50 D1 queries, Workers Paid 10,000 subrequests and 1,000 D1 queries. Each delivery
 * is one subrequest; each round costs about six D1 statements however many rows it holds (a claim,
 * the disabled endpoints, and one batch of at most four to record it). WORKERS_PLAN ("free" unless set
 * to "paid" in wrangler.toml) picks the row. On Free a backlog drains at 40 a minute; on Paid at 600.
 */
export const SWEEP_BUDGETS = {
  free: { deliveries: 40, round: 20, perEndpointPerRound: 5 },
  paid: { deliveries: 600, round: 100, perEndpointPerRound: 25 },
} as const;

export type SweepBudget = { deliveries: number; round: number; perEndpointPerRound: number };

/**
 * A sweep starts no new round after this long, so it ends well inside the minute before the next
 * cron run (leases keep two runs apart anyway) and inside the CPU and wall-clock limits.
 */
export const SWEEP_WALL_MS = 40_000;

/** Attempts in flight at once: Workers open at most six connections per invocation. */
export const DELIVERY_CONCURRENCY = 6;

/**
 * How long a claimed row stays reserved for the invocation attempting it: a round at its worst (six
 * attempts at once, each timing out, before the endpoint is skipped) takes well under a minute. A row
 * whose invocation died is attempted again once its lease has passed, with the same webhook-id.
 */
export const LEASE_MS = 3 * MINUTE * 1000;

/** Right after a submission, a retry due this soon (the 5 s slot) is made in the same invocation. */
export const INLINE_RETRY_WINDOW_MS = 10_000;

/** How much of a receiver's response body the delivery log keeps. */
export const RESPONSE_BODY_LOG_BYTES = 2048;
