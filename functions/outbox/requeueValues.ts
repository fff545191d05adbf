/** The outbox columns that put a delivery back in the queue with a fresh retry schedule from `now`. */
export function requeueValues(now: Date) {
  return {
    status: 'pending' as const,
    attempts: 0,
    firstScheduledAt: now,
    nextAttemptAt: now,
    leaseUntil: null,
    lastError: null,
  };
}
