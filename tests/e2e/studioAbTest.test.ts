import { describe, expect, inject, it } from 'vitest';
import { adminContext, signInAt, watchForViolations } from './adminPages';
import { axeViolations } from './axe';
import { phone, sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const browser = sharedChromium();

describe('an A/B test built in the studio', () => {
  it('starts a test on a studio form, rewords and reorders variant B, publishes, and serves both pages', {
    timeout: 120_000,
  }, async () => {
    const context = await adminContext(browser(), 'laptop');
    const page = await context.newPage();
    const { violations } = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/forms/', password);
    await page.getByRole('button', { name: /Use as a starting point.*Join the waitlist/ }).click();
    await page.waitForURL(/\/admin\/forms\/waitlist-copy[^/]*\/$/);
    const slug = new URL(page.url()).pathname.split('/')[3] ?? '';
    await page.locator('.st-studio').waitFor();

    await page.getByRole('button', { name: 'Start an A/B test' }).click();
    await page.locator('#st-variants-1-title').fill('Be first in line for the Kettle Pro');
    await page.locator('#st-variants-1-submitLabel').fill('Save my place');
    await page.locator('#st-variants-1-questions-email-label').fill('Where shall we tell you?');
    // Variant B asks in its own order: the shoe size before the email.
    const variantB = page.locator('fieldset.st-card').nth(1);
    await variantB.getByRole('button', { name: 'Ask the questions in another order' }).click();
    for (let i = 0; i < 2; i++) await variantB.getByRole('button', { name: 'Move “size” up' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await variantB.screenshot({ path: '/tmp/shots/studio-ab-variant.png' });
    await page.locator('.st-save-saved').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByText(/Published version \d+\. Visitors get it now\./)
      .first()
      .waitFor();
    expect(violations).toEqual([]);
    await context.close();

    // Visitors: each gets one variant, B's page in B's words and order, without JavaScript too.
    const headlines = new Set<string>();
    for (let visitor = 0; visitor < 16 && headlines.size < 2; visitor++) {
      const visit = await phone(browser(), visitor % 2 === 0);
      const form = await visit.newPage();
      await form.goto(`${baseUrl}/f/${slug}/`);
      const headline = (await form.locator('h1').textContent()) ?? '';
      headlines.add(headline);
      if (headline === 'Be first in line for the Kettle Pro') {
        expect(await form.locator('input[name="_ab"]').getAttribute('value')).toBe('b');
        expect(await form.getByRole('button', { name: 'Save my place' }).count()).toBe(1);
        expect(await form.getByLabel('Where shall we tell you?').count()).toBe(1);
        const firstName = await form.locator('form.fw-form [name]:not([type=hidden])').first().getAttribute('name');
        expect(firstName).toBe('size');
      }
      await visit.close();
    }
    expect(headlines.size).toBe(2);
  });

  it('connects a studio form to Meta lead ads and conversions in the browser', { timeout: 120_000 }, async () => {
    const context = await adminContext(browser(), 'phone');
    const page = await context.newPage();
    const { violations } = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/forms/', password);
    await page.getByRole('button', { name: /Use as a starting point.*Request a quote/ }).click();
    await page.waitForURL(/\/admin\/forms\/quote-copy[^/]*\/$/);
    const slug = new URL(page.url()).pathname.split('/')[3] ?? '';
    await page.locator('.st-studio').waitFor();
    // A Page's lead ads feed one form: the copy starts without the template's connection.
    await page.getByRole('button', { name: 'Connect Meta lead ads' }).click();
    // The standard questions are filled in for the fields they usually fill.
    expect(await page.locator('#st-meta-key-email').inputValue()).toBe('email');
    const pageId = String(Date.now()).slice(-12);
    await page.getByLabel('Facebook Page id').fill(pageId);
    await page.getByLabel('Only these lead forms (ids, comma-separated)').fill(' 111 , 222,, ');
    await page.getByLabel('Service', { exact: true }).last().fill('which_service');
    await page.getByRole('button', { name: 'Send conversions' }).click();
    await page.getByLabel('Meta dataset (pixel) id').fill('300000000000003');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#st-ads').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/studio-ads-phone.png' });
    await page.locator('.st-save-saved').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByText(/Published version \d+\. Visitors get it now\./)
      .first()
      .waitFor();
    expect(violations).toEqual([]);
    const stored = await page.request.get(`${baseUrl}/api/admin/forms/${slug}`);
    const { draft } = (await stored.json()) as { draft: { leadAds: unknown; conversions: unknown } };
    expect(draft.leadAds).toMatchObject({
      meta: { pageId, formIds: ['111', '222'], fields: { email: 'email', which_service: 'service' } },
    });
    expect(draft.conversions).toMatchObject({ consent: 'consent', meta: { pixelId: '300000000000003' } });
    // The Page's webhook address now exists (404 before): without the secrets set it says so.
    const verify = await fetch(
      `${baseUrl}/api/lead-ads/meta/${pageId}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`,
    );
    expect([403, 503]).toContain(verify.status);
    // The other comma-separated list in the studio, Turnstile's hostnames, is kept as a list the same way.
    await page.getByRole('button', { name: 'Add a Turnstile check' }).click();
    await page.getByLabel('Hostnames (comma-separated)').fill('example.com, shop.example.com');
    await expect
      .poll(async () => {
        const saved = await page.request.get(`${baseUrl}/api/admin/forms/${slug}`);
        return ((await saved.json()) as { draft: { spam?: { turnstile?: { hostnames?: unknown } } } }).draft.spam
          ?.turnstile?.hostnames;
      })
      .toEqual(['example.com', 'shop.example.com']);
    await context.close();
  });
});
