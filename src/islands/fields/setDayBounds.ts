import { isRelative, localDay, resolveDay } from '../../engine/fields/date/relativeDay';
import type { Field } from '../../engine/fields/fieldKinds';

/**
 * "today" and "+90d" move with the calendar: the static page cannot write them, the browser can,
 * from the visitor's own day (the enhancer, as each question is put in place).
 */
export function setDayBounds(input: HTMLInputElement, field: Field): void {
  if (field.kind !== 'date') return;
  for (const key of ['min', 'max'] as const) {
    const written = field[key];
    if (written !== undefined && isRelative(written)) input[key] = resolveDay(written, localDay());
  }
}
