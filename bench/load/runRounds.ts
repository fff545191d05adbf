import type { Browser } from 'playwright-core';
import type { BenchPage } from '../results';
import { measureLoad } from './measureLoad';

/**
 * Loads every page once per round, `rounds` times, so that noise from the shared machine
 * spreads over all pages alike. Stops before a round that would end after `deadline`
 * (judged by the previous round); the first round always runs. A failed run is recorded in
 * `errors` and the page's other runs go on.
 */
export async function runRounds(
  browser: Browser,
  pages: readonly BenchPage[],
  {
    rounds,
    deadline,
    errors,
    log,
  }: { rounds: number; deadline: number; errors: string[]; log: (line: string) => void },
): Promise<void> {
  let lastRoundMs = 0;
  for (let round = 1; round <= rounds; round += 1) {
    if (round > 1 && Date.now() + lastRoundMs > deadline) {
      log(`  stopping after ${round - 1} of ${rounds} rounds to stay within the time budget`);
      return;
    }
    const started = Date.now();
    for (const page of pages) {
      try {
        page.runs.push(await measureLoad(browser, page.url));
      } catch (error) {
        errors.push(
          `throttled load of ${page.name}, round ${round}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    lastRoundMs = Date.now() - started;
    log(`  round ${round}/${rounds}: ${pages.length} pages in ${(lastRoundMs / 1000).toFixed(1)} s`);
  }
}
