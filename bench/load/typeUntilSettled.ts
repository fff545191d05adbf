import type { Locator, Page } from 'playwright-core';
import type { RequestTracker } from '../weight/trackRequests';
import { collected } from './collected';
import type { PageSamples } from './collector';
import { readinessOf } from './readinessOf';

/** A visitor types about ten characters a second. */
const TYPING_INTERVAL_MS = 100;
const MIN_KEYSTROKES = 10;
/** Below the shortest maxLength of a first text field in the templates (60), so every key can land. */
const MAX_KEYSTROKES = 50;
export const QUIET_MS = 1_000;
const LETTERS = 'gracehopper';

/**
 * Taps `field` and types a letter every 100 ms (or as soon as the previous key was handled,
 * when that took longer) until at least 10 keys were sent and the last second was quiet: no
 * request in flight, no long task, every key prompt. Gives up after 50 keys. Returns the count.
 */
export async function typeUntilSettled(page: Page, field: Locator, network: RequestTracker): Promise<number> {
  await field.tap();
  let typed = 0;
  let due = Date.now();
  while (typed < MAX_KEYSTROKES) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    await page.keyboard.press(LETTERS[typed % LETTERS.length] ?? 'a');
    typed += 1;
    due = Math.max(due + TYPING_INTERVAL_MS, Date.now());
    if (typed < MIN_KEYSTROKES || network.quietFor() < QUIET_MS) continue;
    const { samples, now } = await collected(page);
    if (settled(samples, now, true)) break;
  }
  return typed;
}

/** Quiet for the last second: no long task ended in it and, when typing, every keystroke in it was prompt. */
export function settled(samples: PageSamples, now: number, typing: boolean): boolean {
  const since = now - QUIET_MS;
  if (samples.longTasks.some((task) => task.start + task.duration > since)) return false;
  if (!typing) return true;
  const recent = samples.keystrokes.filter((key) => key.sent > since);
  return recent.length > 0 && readinessOf(recent) === recent[0]?.sent;
}
