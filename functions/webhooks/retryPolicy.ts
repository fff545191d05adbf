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
