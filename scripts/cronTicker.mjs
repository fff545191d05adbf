// Cloudflare runs a Worker's cron triggers by itself; `wrangler dev` never does. This ticker stands in
// for it locally: at every minute (UTC, like Cloudflare) that one of the configured expressions
// matches, it calls wrangler's local scheduled endpoint, so retries, retention and expiry run as deployed.

const FIELDS = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12 },
  { min: 0, max: 7 },
];

/** Whether a five-field cron expression (`*`, numbers, `a-b`, steps `/n`, lists) matches a UTC minute. */
export function cronMatches(expression, date) {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron "${expression}" needs five fields: minute hour day month weekday`);
  const values = [
    date.getUTCMinutes(),
    date.getUTCHours(),
    date.getUTCDate(),
    date.getUTCMonth() + 1,
    date.getUTCDay(),
  ];
  const hit = parts.map((part, i) => fieldMatches(part, values[i], FIELDS[i], i === 4));
  const [minute, hour, day, month, weekday] = hit;
  // As in cron: when both day of month and weekday are restricted, either may match.
  const dayRestricted = parts[2] !== '*' && parts[4] !== '*';
  const dayOk = dayRestricted ? day || weekday : day && weekday;
  return minute && hour && month && dayOk;
}

function fieldMatches(part, value, range, isWeekday) {
  return part.split(',').some((item) => {
    const [span, stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let [low, high] = span === '*' ? [range.min, range.max] : span.split('-').map(Number);
    if (high === undefined) high = stepText === undefined ? low : range.max;
    if (![low, high, step].every(Number.isInteger) || step < 1)
      throw new Error(`cron field "${item}" is not understood`);
    for (let v = low; v <= high; v += step) {
      if (v === value || (isWeekday && v === 7 && value === 0)) return true;
    }
    return false;
  });
}

/**
 * Calls `${origin}/cdn-cgi/local/scheduled?cron=…` at each matching minute until stopped.
 * Returns a function that stops it. A failed call is reported through `onError` and tried again next minute.
 */
export function startCronTicker({ origin, crons, onError = () => {} }) {
  let timer;
  let stopped = false;
  const schedule = () => {
    const now = Date.now();
    const next = Math.floor(now / 60_000) * 60_000 + 60_000;
    timer = setTimeout(() => tick(new Date(next)), next - now);
    timer.unref?.();
  };
  const tick = async (minute) => {
    if (stopped) return;
    for (const cron of crons.filter((expression) => cronMatches(expression, minute))) {
      try {
        const url = `${origin}/cdn-cgi/local/scheduled?cron=${encodeURIComponent(cron)}&time=${minute.getTime()}`;
        const response = await fetch(url);
        if (!response.ok) onError(new Error(`scheduled handler answered HTTP ${response.status} for "${cron}"`));
      } catch (error) {
        onError(error);
      }
    }
    if (!stopped) schedule();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
