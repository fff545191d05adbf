import * as v from 'valibot';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TIME = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write a time like 09:00'));

/** When the owner works, in their own time zone: reminders wait for these hours. */
export const businessHoursSchema = v.strictObject({
  /** An IANA time zone, e.g. Europe/London. */
  timeZone: v.pipe(
    v.string(),
    v.check((zone) => validZone(zone), 'use a time zone like Europe/London or America/New_York'),
  ),
  days: v.pipe(
    v.array(v.picklist(WEEKDAYS, 'use mon, tue, wed, thu, fri, sat or sun')),
    v.minLength(1, 'list at least one day'),
  ),
  from: TIME,
  to: TIME,
});

/** Nobody forgets a hot lead: a reminder when one is still new after this long, within business hours. */
export const followUpSchema = v.strictObject({
  /** Minutes a hot lead may stay new before one reminder goes out; 0 sends none. */
  hotAfterMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_080)), 15),
  hours: v.optional(businessHoursSchema),
});

export type BusinessHours = v.InferOutput<typeof businessHoursSchema>;
export type FollowUp = v.InferOutput<typeof followUpSchema>;

/** Minutes a hot lead waits before its reminder when the form says nothing. */
export const DEFAULT_HOT_AFTER_MINUTES = 15;

/** Whether `at` falls within the business hours (days and times in their own time zone). */
export function withinHours(hours: BusinessHours | undefined, at: Date): boolean {
  if (!hours) return true;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: hours.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number];
  const time = `${part('hour')}:${part('minute')}`;
  return hours.days.includes(day) && time >= hours.from && time < hours.to;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
