import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../functions/webhooks/parseRetryAfter';

describe('parseRetryAfter', () => {
  const now = new Date(Date.UTC(1994, 10, 6, 8, 0, 0));

  it.each([
    ['delay-seconds', '120', Date.UTC(1994, 10, 6, 8, 2, 0)],
    ['zero seconds', '0', now.getTime()],
    ['an IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['an RFC 850 date', 'Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['an asctime date, read as GMT', 'Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
  ])('reads %s', (_, value, time) => {
    expect(parseRetryAfter(value, now)).toEqual({ ok: true, at: new Date(time) });
  });

  it.each([
    '',
    'soon',
    '-5',
    '1.5',
    '1e3',
    '2026-11-24T12:00:00Z',
    'Sun, 06 Nov 1994 08:49:37 +0100',
    'Sun, 99 Nov 1994 08:49:37 GMT',
  ])('rejects %j with a reason', (value) => {
    const parsed = parseRetryAfter(value, now);
    expect(!parsed.ok && parsed.reason).toContain('neither a number of seconds nor an HTTP date');
  });
});
