export type RetryAfter = { ok: true; at: Date } | { ok: false; reason: string };

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
// The three HTTP-date forms recipients must accept (RFC 9110 §5.6.7); all are in GMT.
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
const RFC_850 = new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);

/** Reads a `Retry-After` header value (delay-seconds or an HTTP-date) as the moment it names. */
export function parseRetryAfter(value: string, now: Date): RetryAfter {
  const text = value.trim();
  if (/^\d+$/.test(text)) return { ok: true, at: new Date(now.getTime() + Number(text) * 1000) };
  const isDate = IMF_FIXDATE.test(text) || RFC_850.test(text) || ASCTIME.test(text);
  // asctime carries no zone; without one Date.parse would read it in the runtime's local time.
  const time = isDate ? Date.parse(ASCTIME.test(text) ? `${text} GMT` : text) : Number.NaN;
  if (Number.isNaN(time)) {
    return {
      ok: false,
      reason: `Retry-After ${JSON.stringify(value)} is neither a number of seconds nor an HTTP date.`,
    };
  }
  return { ok: true, at: new Date(time) };
}
