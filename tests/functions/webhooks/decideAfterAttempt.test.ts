import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttemptOutcome } from '../../../functions/outbox/attemptOutcome';
import { decideAfterAttempt } from '../../../functions/outbox/decideAfterAttempt';
import { MAX_ATTEMPTS, REQUEST_TIMEOUT_MS, RETRY_SCHEDULE_SECONDS } from '../../../functions/outbox/retryPolicy';

const FIRST = new Date(Date.UTC(2026, 10, 24, 12));
const HOUR = 3600;
const serverError: AttemptOutcome = { kind: 'response', status: 500, retryAfter: null };
const noJitter = () => 0.5;

const at = (seconds: number) => new Date(FIRST.getTime() + seconds * 1000);

/** Decides after `attempt`, made exactly on its slot unless `now` says otherwise. */
function decide(
  attempt: number,
  outcome: AttemptOutcome,
  now = at(RETRY_SCHEDULE_SECONDS[attempt - 1] ?? 0),
  random = noJitter,
) {
  return decideAfterAttempt({ attempt, firstScheduledAt: FIRST, outcome, now, random });
}

const readable = (seconds: number) =>
  seconds >= HOUR ? `${seconds / HOUR}h` : seconds >= 60 ? `${seconds / 60}m` : `${seconds}s`;

describe('the retry table', () => {
  it('has ten attempts from 0 s to 24 h and a 15 s request timeout', () => {
    expect(RETRY_SCHEDULE_SECONDS.map(readable)).toEqual([
      '0s',
      '5s',
      '5m',
      '30m',
      '2h',
      '5h',
      '10h',
      '14h',
      '20h',
      '24h',
    ]);
    expect(MAX_ATTEMPTS).toBe(10);
    expect(REQUEST_TIMEOUT_MS).toBe(15_000);
  });
});

describe('decideAfterAttempt', () => {
  it('walks the whole schedule, counted from the first scheduled time, when every attempt fails', () => {
    const retries: number[] = [];
    let now = FIRST;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const decision = decide(attempt, serverError, now);
      if (decision.action !== 'retry') throw new Error(`attempt ${attempt}: expected a retry, got ${decision.action}`);
      retries.push((decision.at.getTime() - FIRST.getTime()) / 1000);
      now = decision.at;
    }
    expect(retries).toEqual(RETRY_SCHEDULE_SECONDS.slice(1));
    expect(decide(10, serverError, now)).toEqual({ action: 'failed', reason: expect.stringContaining('got HTTP 500') });
  });

  it('jitters each wait by at most 10 % and never swaps the order of two attempts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_ATTEMPTS - 1 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const slot = RETRY_SCHEDULE_SECONDS[attempt - 1] ?? 0;
          const next = RETRY_SCHEDULE_SECONDS[attempt] ?? 0;
          const after = RETRY_SCHEDULE_SECONDS[attempt + 1] ?? Number.POSITIVE_INFINITY;
          const decision = decide(attempt, serverError, at(slot), () => r);
          if (decision.action !== 'retry') throw new Error('expected a retry');
          const offset = (decision.at.getTime() - FIRST.getTime()) / 1000;
          expect(offset).toBeGreaterThanOrEqual(slot + 0.9 * (next - slot) - 1e-6);
          expect(offset).toBeLessThanOrEqual(slot + 1.1 * (next - slot) + 1e-6);
          expect(offset).toBeLessThan(next + 0.9 * (after - next));
        },
      ),
    );
  });

  it('uses the extremes of the random source as -10 % and almost +10 %', () => {
    const earliest = decide(5, serverError, at(2 * HOUR), () => 0);
    expect(earliest).toEqual({ action: 'retry', at: at(2 * HOUR + 0.9 * 3 * HOUR) });
    const latest = decide(5, serverError, at(2 * HOUR), () => 0.99999);
    expect(latest.action === 'retry' && latest.at.getTime()).toBeCloseTo(at(2 * HOUR + 1.1 * 3 * HOUR).getTime(), -2);
  });

  it('waits the table gap from now when an attempt ends after the next slot', () => {
    // The first attempt timed out after 15 s, past the 5 s slot: retry 5 s later, not at once.
    expect(decide(1, { kind: 'timeout' }, at(15))).toEqual({ action: 'retry', at: at(20) });
  });

  it.each([200, 201, 204, 299])('treats HTTP %i as delivered', (status) => {
    expect(decide(3, { kind: 'response', status, retryAfter: null })).toEqual({ action: 'delivered' });
  });

  it.each([301, 302, 303, 304, 307, 308])(
    'treats HTTP %i as a failure retried per the table, without following it',
    (status) => {
      expect(decide(2, { kind: 'response', status, retryAfter: null })).toEqual({ action: 'retry', at: at(300) });
    },
  );

  it('explains that redirects are not followed when the last attempt was redirected', () => {
    const decision = decide(10, { kind: 'response', status: 301, retryAfter: null });
    expect(decision.action === 'failed' && decision.reason).toContain('redirects are not followed');
  });

  it.each([
    ['a timeout', { kind: 'timeout' }, 'got no answer within 15 seconds'],
    ['a network error', { kind: 'network-error' }, 'could not connect'],
    ['HTTP 400', { kind: 'response', status: 400, retryAfter: null }, 'got HTTP 400'],
  ] as const)('retries after %s and gives up after the tenth', (_, outcome, reason) => {
    expect(decide(4, outcome)).toEqual({ action: 'retry', at: at(2 * HOUR) });
    const last = decide(10, outcome);
    expect(last).toEqual({ action: 'failed', reason: expect.stringContaining(reason) });
    expect(last.action === 'failed' && last.reason).toContain('10 attempts');
  });

  it('disables the endpoint on 410 Gone, even on the last attempt', () => {
    const gone: AttemptOutcome = { kind: 'response', status: 410, retryAfter: null };
    expect(decide(1, gone)).toEqual({ action: 'disable-endpoint', reason: expect.stringContaining('410 Gone') });
    expect(decide(10, gone).action).toBe('disable-endpoint');
  });

  it('honours Retry-After in seconds on 429 when it is later than the next slot', () => {
    expect(decide(1, { kind: 'response', status: 429, retryAfter: '120' })).toEqual({ action: 'retry', at: at(120) });
  });

  it('honours Retry-After as an HTTP date on 429', () => {
    const retryAfter = at(HOUR).toUTCString();
    expect(decide(2, { kind: 'response', status: 429, retryAfter }, at(5))).toEqual({ action: 'retry', at: at(HOUR) });
  });

  it('honours Retry-After on 503', () => {
    expect(decide(1, { kind: 'response', status: 503, retryAfter: '7200' })).toEqual({ action: 'retry', at: at(7200) });
  });

  it('keeps the table when Retry-After is earlier than the next slot', () => {
    expect(decide(3, { kind: 'response', status: 503, retryAfter: '60' })).toEqual({ action: 'retry', at: at(1800) });
    const past = new Date(0).toUTCString();
    expect(decide(3, { kind: 'response', status: 429, retryAfter: past })).toEqual({ action: 'retry', at: at(1800) });
  });

  it('caps Retry-After at 24 hours', () => {
    expect(decide(1, { kind: 'response', status: 429, retryAfter: '31536000' })).toEqual({
      action: 'retry',
      at: at(24 * HOUR),
    });
  });

  it.each([
    ['an unreadable Retry-After', 429, 'soon'],
    ['Retry-After on a status other than 429 and 503', 500, '7200'],
  ])('ignores %s', (_, status, retryAfter) => {
    expect(decide(1, { kind: 'response', status, retryAfter })).toEqual({ action: 'retry', at: at(5) });
  });

  it('gives up after the tenth attempt even when Retry-After asks for more time', () => {
    expect(decide(10, { kind: 'response', status: 429, retryAfter: '60' }).action).toBe('failed');
  });

  it.each([0, -1, 1.5])('throws on attempt number %d, a programming error', (attempt) => {
    expect(() => decide(attempt, serverError, FIRST)).toThrow(RangeError);
  });
});
