import type { Browser, Locator, Page } from 'playwright-core';
import { phone } from '../../tests/e2e/browser';
import { firstTextInput, TEXT_FIELDS_CSS } from '../firstTextInput';
import { ASLEEP } from '../formAwake';
import { type RequestTracker, trackRequests } from '../weight/trackRequests';
import { collected } from './collected';
import { installCollector, type PageSamples } from './collector';
import { readinessOf } from './readinessOf';
import { throttling } from './throttling';
import { QUIET_MS, settled, typeUntilSettled } from './typeUntilSettled';

/** One throttled page load, in ms since navigation start. */
export interface LoadRun {
  fcp: number;
  /** Null when Chromium reported no LCP candidate before the first tap ended LCP's observation. */
  lcp: number | null;
  /** False when the page showed no text field to type into (then inputReady is null). */
  textField: boolean;
  /** See readinessOf: from here on, every keystroke showed up in the field within 50 ms. Null: never. */
  inputReady: number | null;
  /** Sum over long tasks of their time past 50 ms, between FCP and the end of the run. */
  tbt: number;
  /** When the run ended: typing had been prompt, and network and main thread quiet, for 1 s. */
  end: number;
  keystrokes: number;
  /** Per keystroke, ms from the key being sent to the field showing it (null: it never did). */
  keyDelaysMs: (number | null)[];
  /** Keystrokes that never reached the field's value (e.g. swallowed while a library took over). */
  lostKeystrokes: number;
  /**
   * The longest main-thread task once typing stopped, until any island had woken and the page had
   * been quiet for a second: what a visitor's pause pays for work that waits for it. Null: no typing.
   */
  wake: number | null;
}

const TIMEOUT_MS = 60_000;

/**
 * Loads `url` cold in a Pixel 7 context with slow-4G network and 4x CPU throttling through CDP.
 * As soon as the first text field is visible it is tapped and typed into (typeUntilSettled);
 * a page without one is left alone until it has been quiet for a second.
 */
export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
  const context = await phone(browser, true);
  try {
    const page = await context.newPage();
    // tsx/esbuild wrap named functions in `__name(...)`, which the page does not have.
    await page.addInitScript({
      content: `(() => { const __name = (fn) => fn; (${installCollector})(${JSON.stringify(TEXT_FIELDS_CSS)}); })();`,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttling.latencyMs,
      downloadThroughput: throttling.downloadBytesPerSecond,
      uploadThroughput: throttling.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown });
    const network = trackRequests(page, { bodies: false });

    await page.goto(url, { waitUntil: 'commit' });
    const field = firstTextInput(page);
    const typing = await textFieldAppears(page, field, network);
    const typed = typing ? await typeUntilSettled(page, field, network) : await quietWithoutTyping(page, network);
    const { samples, now } = await collected(page);
    if (samples.fcp === null) throw new Error(`${url}: no first-contentful-paint entry`);
    const reflected = typing ? (await field.inputValue()).length : 0;
    const wake = typing ? await longestTaskAfter(page, network, now) : null;
    return {
      fcp: samples.fcp,
      lcp: samples.lcp,
      textField: typing,
      inputReady: typing ? readinessOf(samples.keystrokes) : null,
      tbt: blockingTime(samples, samples.fcp, now),
      end: now,
      keystrokes: typed,
      keyDelaysMs: samples.keystrokes.map((key) =>
        key.reflected === null ? null : Math.round(key.reflected - key.sent),
      ),
      lostKeystrokes: Math.max(0, typed - reflected),
      wake,
    };
  } finally {
    await context.close();
  }
}

/**
 * Waits until the first text field is visible (true), or until the page has loaded and the
 * network has been quiet for a second without one (false): a form of sliders and choices only.
 */
async function textFieldAppears(page: Page, field: Locator, network: RequestTracker): Promise<boolean> {
  let decided = false;
  let loaded = false;
  page.waitForLoadState('load', { timeout: TIMEOUT_MS }).then(
    () => {
      loaded = true;
    },
    () => undefined, // The page closed or never loaded: the loop below times out and says so.
  );
  // The collector's watch (collector.ts) says at which frame; the page closing settles it as not shown.
  const visible = page
    .evaluate(() => window.__formwellTextField?.shown)
    .then(
      (at) => at !== undefined,
      () => false,
    );
  const quietWithout = (async () => {
    const deadline = Date.now() + TIMEOUT_MS;
    while (!decided && !(loaded && network.quietFor() >= QUIET_MS)) {
      if (Date.now() > deadline) {
        throw new Error(`${page.url()}: neither a text field nor a quiet loaded page within ${TIMEOUT_MS} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  })();
  const appeared = await Promise.race([visible, quietWithout]);
  decided = true;
  if (appeared) return true;
  await page.evaluate(() => window.__formwellTextField?.stopLooking());
  return field.isVisible();
}

/** Without a text field, the run ends once network and main thread have been quiet for a second. */
async function quietWithoutTyping(page: Page, network: RequestTracker): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const { samples, now } = await collected(page);
    if (network.quietFor() >= QUIET_MS && settled(samples, now, false)) return 0;
    if (Date.now() > deadline) throw new Error(`${page.url()}: the page did not settle within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** After typing: waits for islands still asleep to wake, then for a quiet second; the longest task since `since`. */
async function longestTaskAfter(page: Page, network: RequestTracker, since: number): Promise<number> {
  await page.waitForFunction((asleep) => document.querySelector(asleep) === null, ASLEEP, {
    timeout: TIMEOUT_MS,
  });
  await quietWithoutTyping(page, network);
  const { samples } = await collected(page);
  return Math.max(0, ...samples.longTasks.filter((task) => task.start + task.duration > since).map((t) => t.duration));
}

/** Lighthouse's definition, with tasks clipped to the window from FCP to the end of the run. */
function blockingTime(samples: PageSamples, from: number, to: number): number {
  return samples.longTasks.reduce((total, task) => {
    const start = Math.max(task.start, from);
    const end = Math.min(task.start + task.duration, to);
    return total + Math.max(0, end - start - 50);
  }, 0);
}
