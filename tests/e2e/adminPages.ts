import { type Browser, type BrowserContext, devices, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { visitorHeaders } from './browser';

/** The two viewports the admin is checked on: a Pixel 7 and a 1440×900 laptop. */
export async function adminContext(browser: Browser, viewport: 'phone' | 'laptop'): Promise<BrowserContext> {
  if (viewport === 'laptop')
    return browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      extraHTTPHeaders: visitorHeaders(),
    });
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'] ?? {};
  return browser.newContext({ ...pixel, acceptDownloads: true, extraHTTPHeaders: visitorHeaders() });
}

/**
 * Collects what the browser refused under the page's Content-Security-Policy (console reports
 * and `securitypolicyviolation` events) and any dialog an injected script might open.
 */
export function watchForViolations(page: Page): { violations: string[]; dialogs: string[] } {
  const violations: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP violation ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { violations, dialogs };
}

/** Signs in on the login page (after being sent there from `path`) and waits for `path`. */
export async function signInAt(page: Page, baseUrl: string, path: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  expect(new URL(page.url()).pathname).toBe('/admin/login');
  await page.getByLabel('Owner password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/**
 * Stores a quote lead through the public API, as the form's island does; returns its id. Each call
 * is its own visitor: from one address, test files running side by side met the 10-a-minute limit.
 */
export async function submitQuote(baseUrl: string, answers: Record<string, string | boolean>): Promise<string> {
  const response = await fetch(`${baseUrl}/api/forms/quote/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...visitorHeaders() },
    body: JSON.stringify({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      service: 'web-design',
      budget: '2k-10k',
      timeline: 'asap',
      consent: true,
      ...answers,
    }),
  });
  if (response.status !== 201) throw new Error(`lead not stored: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
