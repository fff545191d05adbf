import type { Browser } from 'playwright-core';
import type { BenchPage } from '../results';
import { measureLoad } from './measureLoad';

/**
 * Loads every page once per round, `rounds` times, so that noise from the shared machine
 * spreads over all pages alike. The `reference` page, which every other page is divided by, is
 * loaded three times a round (first, in the middle and last): its median carries into every
 * ratio, so it gets more loads, spread over the round. Stops before a round that would end after
 * `deadline` (judged by the previous round); the first round always runs. A failed run is
 * recorded in `errors` and the page's other runs go on.
 */
export async function runRounds(
  browser: Browser,
  pages: readonly BenchPage[],
  {
    reference,
    rounds,
    deadline,
    errors,
    log,
  }: {
    reference: BenchPage;
    rounds: number;
    deadline: number;
    errors: string[];
    log: (line: string) => void;
  },
): Promise<void> {
  const others = pages.filter((page) => page !== reference);
  const middle = Math.ceil(others.length / 2);
  const order = [reference, ...others.slice(0, middle), reference, ...others.slice(middle), reference];
  let lastRoundMs = 0;
  for (let round = 1; round <= rounds; round += 1) {
    if (round > 1 && Date.now() + lastRoundMs > deadline) {
      log(`  stopping after ${round - 1} of ${rounds} rounds to stay within the time budget`);
      return;
    }
    const started = Date.now();
    for (const page of order) {
      try {
        page.runs.push(await measureLoad(browser, page.url));
      } catch (error) {
        errors.push(
          `throttled load of ${page.name}, round ${round}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    lastRoundMs = Date.now() - started;
    log(`  round ${round}/${rounds}: ${order.length} loads in ${(lastRoundMs / 1000).toFixed(1)} s`);
  }
}
