import { describe, expect, it } from 'vitest';
import { isEndpointFailingForDays } from '../../../functions/outbox/endpointState';
import { FAILING_ENDPOINT_DAYS } from '../../../functions/outbox/retryPolicy';

const HOUR = 3600;

describe('isEndpointFailingForDays', () => {
  const since = new Date(Date.UTC(2026, 10, 1));
  const days = (n: number) => new Date(since.getTime() + n * 24 * HOUR * 1000);

  it('disables after three days of continuous failure, not before', () => {
    expect(FAILING_ENDPOINT_DAYS).toBe(3);
    expect(isEndpointFailingForDays(since, days(1))).toBe(false);
    expect(isEndpointFailingForDays(since, new Date(days(3).getTime() - 1))).toBe(false);
    expect(isEndpointFailingForDays(since, days(3))).toBe(true);
    expect(isEndpointFailingForDays(since, days(10))).toBe(true);
  });
});
