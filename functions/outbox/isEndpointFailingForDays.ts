import { FAILING_ENDPOINT_DAYS } from './retryPolicy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** True once an endpoint has failed continuously, since `firstFailureAt`, for FAILING_ENDPOINT_DAYS or more. */
export function isEndpointFailingForDays(firstFailureAt: Date, now: Date): boolean {
  return now.getTime() - firstFailureAt.getTime() >= FAILING_ENDPOINT_DAYS * DAY_MS;
}
