/** A day as a definition may write a date bound: `2027-03-31`, `today`, or days from today (`+90d`, `-7d`). */
export const DAY_BOUND = /^(?:\d{4}-\d{2}-\d{2}|today|[+-]\d{1,4}d)$/;

/** The calendar day (YYYY-MM-DD) a bound means, counted from `today`. */
export function resolveDay(bound: string, today: string): string {
  if (bound === 'today') return today;
  const offset = /^([+-]\d{1,4})d$/.exec(bound);
  if (!offset) return bound;
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + Number(offset[1]));
  return day.toISOString().slice(0, 10);
}

/** Whether a bound moves with the calendar (the static page cannot write it; the island and the Worker can). */
export function isRelative(bound: string): boolean {
  return !/^\d{4}-\d{2}-\d{2}$/.test(bound);
}

/** The visitor's own calendar day, in their time zone. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The days it is somewhere on Earth right now (UTC−12 to UTC+14). The Worker judges "from today"
 * by these, so a visitor in any time zone may pick their own today, and no zone's yesterday passes.
 */
export function daysOnEarth(now: Date = new Date()): { earliest: string; latest: string } {
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString().slice(0, 10);
  return { earliest: at(-12), latest: at(14) };
}

/** Monday to Friday. */
export function isWeekday(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day >= 1 && day <= 5;
}
