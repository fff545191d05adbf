import type { Page } from 'playwright-core';
import type { PageSamples } from './collector';

/** What the in-page collector has recorded so far, and the page's clock now. */
export async function collected(page: Page): Promise<{ samples: PageSamples; now: number }> {
  const { samples, now } = await page.evaluate(() => ({ samples: window.__formwellBench, now: performance.now() }));
  if (!samples) throw new Error(`${page.url()}: the collector did not run (init script missing)`);
  return { samples, now };
}
