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

/** Rows one sweep claims. With DELIVERY_CONCURRENCY it stays inside the Free plan's 50 subrequests and 50 D1 queries. */
export const SWEEP_BATCH_SIZE = 20;

/** Rows of one endpoint one sweep claims, so a backlog at one endpoint cannot crowd out the others. */
export const SWEEP_PER_ENDPOINT = 5;

/** Attempts in flight at once: Workers open at most six connections per invocation. */
export const DELIVERY_CONCURRENCY = 6;

/**
 * How long a claimed row stays reserved for the invocation attempting it: a full sweep at the
 * worst (every attempt timing out) takes ceil(20 / 6) x 15 s = 60 s. A row whose invocation died is
 * attempted again once its lease has passed, with the same webhook-id.
 */
export const LEASE_MS = 3 * MINUTE * 1000;

/** Right after a submission, a retry due this soon (the 5 s slot) is made in the same invocation. */
export const INLINE_RETRY_WINDOW_MS = 10_000;

/** How much of a receiver's response body the delivery log keeps. */
export const RESPONSE_BODY_LOG_BYTES = 2048;
