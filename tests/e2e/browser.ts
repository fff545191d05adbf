import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, devices, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { AWAKE } from '../../bench/formAwake';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags this sandbox needs: no setuid sandbox, no GPU, and none of Chromium's background traffic. */
export const SANDBOX_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Debian's headless Chromium, without the background traffic this sandbox refuses. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: the browser tests drive Debian's Chromium. Install it with "apt-get install -y chromium" (.ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...SANDBOX_FLAGS],
  });
}

/**
 * Each browser context stands for its own visitor, so it gets its own client address (in
 * 198.18.0.0/15, the benchmarking range) and the per-client rate limit sees separate people.
 */
export function visitorHeaders(): Record<string, string> {
  const octet = () => Math.floor(Math.random() * 256);
  return { 'cf-connecting-ip': `198.18.${octet()}.${octet()}` };
}

/**
 * A phone-sized context (Pixel 7 emulation), with JavaScript on or off. `ownAddress: false` leaves out
 * the address header, for pages that call the API across origins (CORS would have to allow it).
 */
export function phone(browser: Browser, javaScriptEnabled: boolean, ownAddress = true): Promise<BrowserContext> {
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'] ?? {};
  return browser.newContext({ ...pixel, javaScriptEnabled, ...(ownAddress && { extraHTTPHeaders: visitorHeaders() }) });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: call the getter inside a test.');
    return browser;
  };
}

/** Forms wake on first touch (an island, or the plain enhancer): focus the first control and wait for it. */
export async function hydrate(page: Page): Promise<void> {
  await page.locator('form.fw-form :is(input:not([type=hidden]), select, textarea)').first().focus();
  await page.waitForSelector(AWAKE);
}
