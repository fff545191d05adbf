import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { adminContext, signInAt, submitQuote, watchForViolations } from './adminPages';
import { sharedChromium } from './browser';
import { seedFunnel } from './seedFunnel';
import { seedLeads } from './seedLeads';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const persistDir = inject('persistDir');
const browser = sharedChromium();
// FORMWELL_SCREENSHOTS=1 refreshes the committed screenshots; otherwise they go where git does not look.
const shots = process.env.FORMWELL_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';

describe('the admin on a phone and a laptop', () => {
  it('shows the inbox, a lead, the funnel and the webhooks without CSP violations or sideways scrolling', async () => {
    mkdirSync(shots, { recursive: true });
    // A month of leads, a few a day, the newest a few minutes old: enough for the inbox and the funnel's chart.
    await seedLeads(persistDir, { count: 60, prefix: 'shot', newestAgeMs: 4 * 60_000, spacingMs: 11 * 3_600_000 });
    await seedFunnel(persistDir, 'quote');
    for (const viewport of ['phone', 'laptop'] as const) {
      const context = await adminContext(browser(), viewport);
      const page = await context.newPage();
      const watch = watchForViolations(page);
      await signInAt(page, baseUrl, '/admin/', password);
      const pages = [
        ['inbox', '/admin/'],
        ['lead', '/admin/leads/shot-000000/'],
        ['funnel', '/admin/funnel/?form=quote'],
        ['webhooks', '/admin/webhooks/'],
        ['privacy', '/admin/privacy/?who=ada.lovelace.0%40example.com'],
      ] as const;
      for (const [name, path] of pages) {
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways on a ${viewport}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${shots}/${name}-${viewport}.png` });
      }
      expect(watch.violations).toEqual([]);
      await context.close();
    }
  }, 120_000);
});

describe.each(['phone', 'laptop'] as const)('the admin inbox on a %s', (viewport) => {
  it('signs in, shows a fresh lead, changes its status, adds a note, exports CSV and signs out', async () => {
    const email = `fresh.${viewport}.${Date.now()}@example.com`;
    await submitQuote(baseUrl, { name: `Grace ${viewport}`, email, message: 'Needs a booking site' });

    const context = await adminContext(browser(), viewport);
    const page = await context.newPage();
    const watch = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/', password);

    // The lead stored a moment ago is the first one in the inbox.
    const first = page.getByRole('list', { name: 'Leads' }).getByRole('link').first();
    await expect(first.textContent()).resolves.toContain(email);
    await first.click();
    await page.waitForURL(/\/admin\/leads\/[\w-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Grace ${viewport}`);
    await expect(page.locator('section[aria-labelledby="answers-title"]').textContent()).resolves.toContain(
      'Website design',
    );

    await page.getByLabel('Status').selectOption('contacted');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.waitForURL(/saved=status/);
    await expect(page.getByRole('status').textContent()).resolves.toBe('Status saved.');
    await expect(page.locator('.ad-timeline').textContent()).resolves.toContain('Status new → contacted');

    await page.getByLabel('Add a note').fill('Called, wants a quote by Friday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.waitForURL(/saved=note/);
    await expect(page.locator('.ad-timeline').textContent()).resolves.toContain('Called, wants a quote by Friday.');

    await page.goto(`${baseUrl}/admin/?status=contacted`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^id,created_at,form,form_version,status,score,tier,outcome,name,email/);
    expect(csv).toContain(`,contacted,`);
    expect(csv).toContain(email);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/login');
    await page.goto(`${baseUrl}/admin/`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');

    expect(watch.violations).toEqual([]);
    await context.close();
  });
});

describe('stored XSS in leads', () => {
  it('renders script and markup payloads as inert text in the inbox and on the lead page', async () => {
    const payloads = {
      name: '<img src=x onerror="alert(1)">',
      message: '<script>alert(2)</script><svg onload=alert(3)>"\'><iframe src=javascript:alert(4)>',
    };
    await submitQuote(baseUrl, { ...payloads, email: `xss.${Date.now()}@example.com` });
    const context = await adminContext(browser(), 'laptop');
    const page = await context.newPage();
    const watch = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/', password);
    await expect(page.locator('.ad-lead-name').first().textContent()).resolves.toBe(payloads.name);
    await page.locator('.ad-lead').first().click();
    await page.waitForURL(/\/admin\/leads\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(payloads.name);
    await expect(page.locator('dl.ad-answers dd').filter({ hasText: '<script>' }).textContent()).resolves.toBe(
      payloads.message,
    );
    const injected = await page.evaluate(
      () => document.querySelectorAll('main img, main script, main svg:not(.ad-chart), main iframe').length,
    );
    expect(injected).toBe(0);
    expect(watch.dialogs).toEqual([]);
    await context.close();
  });
});
