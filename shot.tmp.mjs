import { chromium } from 'playwright-core';

const base = 'http://127.0.0.1:8799';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});
const page = await ctx.newPage();
await page.goto(`${base}/admin/login`);
await page.getByLabel('Password').fill('studio-owner-pass-1');
await page.getByRole('button', { name: /sign in/i }).click();
await page.waitForURL(/admin\/$/);
for (const [name, path] of [
  ['results', '/admin/forms/quote/results/'],
  ['summary', '/admin/forms/quote/summary/'],
  ['review', '/admin/?screening=review'],
  ['inbox', '/admin/'],
]) {
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shots/${name}-phone.png`, fullPage: name === 'summary' ? false : false });
}
const wide = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  storageState: await ctx.storageState(),
});
const p2 = await wide.newPage();
for (const [name, path] of [
  ['results', '/admin/forms/quote/results/?sort=budget&dir=asc'],
  ['summary', '/admin/forms/quote/summary/'],
]) {
  await p2.goto(base + path);
  await p2.screenshot({ path: `/tmp/shots/${name}-laptop.png`, fullPage: true });
}
await browser.close();
