import { describe, expect, inject, it } from 'vitest';
import { adminContext, signInAt, submitQuote, watchForViolations } from './adminPages';
import { axeViolations } from './axe';
import { sharedChromium } from './browser';

const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const browser = sharedChromium();

describe('a form’s results and summary, as the owner sees them', () => {
  it.each(['phone', 'laptop'] as const)('shows a sortable table and the charts on a %s', async (viewport) => {
    const stamp = Date.now();
    await submitQuote(baseUrl, { email: `results.${viewport}.${stamp}@example.com`, budget: 'under-2k' });
    await submitQuote(baseUrl, { email: `results2.${viewport}.${stamp}@example.com`, budget: 'over-10k' });
    const page = await (await adminContext(browser(), viewport)).newPage();
    const { violations } = watchForViolations(page);
    await signInAt(page, baseUrl, '/admin/forms/quote/results/', password);

    // One column per question, headed as the form asks it.
    const table = page.getByRole('region', { name: /Leads of Request a quote/ });
    await expect.poll(() => table.isVisible()).toBe(true);
    for (const heading of ['Your name', 'Email', 'Budget']) {
      await expect.poll(() => page.getByRole('columnheader', { name: heading }).count()).toBe(1);
    }
    // The table scrolls inside its region, which takes the focus for keyboard scrolling.
    await table.focus();
    expect(await table.evaluate((el) => el === document.activeElement)).toBe(true);
    if (viewport === 'phone') expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // Sorting by budget puts the smallest budget first, in the form's order of options.
    await page.getByRole('link', { name: 'Budget', exact: true }).click();
    await page.waitForURL(/sort=budget/);
    const budgetHeader = page.getByRole('columnheader', { name: /Budget/ });
    expect(await budgetHeader.getAttribute('aria-sort')).toBe('ascending');
    const budgetColumn = await page
      .locator('thead th')
      .evaluateAll((cells) => cells.findIndex((cell) => cell.textContent?.startsWith('Budget')));
    const firstBudget = await page.locator(`tbody tr:first-child > :nth-child(${budgetColumn + 1})`).textContent();
    expect(firstBudget).toBe('Under $2,000');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/shots/results-${viewport}.png` });

    await page.getByRole('link', { name: 'Summary' }).click();
    await page.waitForURL(/\/summary\//);
    const chart = page.getByRole('img', { name: /^Budget\. Under \$2,000: \d+/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/shots/summary-${viewport}.png`, fullPage: true });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('spam review and erasure, on a phone', () => {
  it('rescues a false positive with Not spam and deletes real spam with Delete', async () => {
    const stamp = Date.now();
    await submitQuote(baseUrl, { email: `caught.${stamp}@example.com`, name: 'Caught Person', _website: 'x' });
    await submitQuote(baseUrl, { email: `junk.${stamp}@example.com`, name: 'Junk Bot', _website: 'x' });
    const page = await (await adminContext(browser(), 'phone')).newPage();
    await signInAt(page, baseUrl, '/admin/', password);
    // Kept-back leads are not in the inbox…
    expect(await page.getByText('Caught Person').count()).toBe(0);
    // …but under their own tab, with the reason.
    await page.getByRole('link', { name: /Spam & held \(\d+\)/ }).click();
    await page.waitForURL(/screening=review/);
    const caught = page.getByRole('listitem').filter({ hasText: `caught.${stamp}@example.com` });
    await expect.poll(() => caught.getByText('honeypot filled').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/shots/review-phone.png' });

    await caught.getByRole('button', { name: 'Not spam' }).click();
    await page.getByText('Released: this is a lead now').waitFor();
    await page.goto(`${baseUrl}/admin/?q=caught.${stamp}`);
    await page.getByText('Caught Person').waitFor();

    await page.goto(`${baseUrl}/admin/?screening=review`);
    const junk = page.getByRole('listitem').filter({ hasText: `junk.${stamp}@example.com` });
    await junk.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted, with everything stored about it.').waitFor();
    expect(await page.getByText(`junk.${stamp}@example.com`).count()).toBe(0);
    await page.context().close();
  });

  it('erases a person only once their email is typed again', async () => {
    const email = `erase.confirm.${Date.now()}@example.com`;
    await submitQuote(baseUrl, { email });
    const page = await (await adminContext(browser(), 'phone')).newPage();
    await signInAt(page, baseUrl, '/admin/privacy/', password);
    await page.getByLabel('Email or phone (with country code)').fill(email);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('heading', { name: `1 lead for ${email}` }).waitFor();
    const confirm = page.getByLabel(`To confirm, type ${email}`);
    expect(await axeViolations(page)).toEqual([]);
    await confirm.fill('someone.else@example.com');
    await page.getByRole('button', { name: `Erase everything for ${email}` }).click();
    await page.getByText('Nothing was erased: type the same email or phone').waitFor();

    await page.getByLabel('Email or phone (with country code)').fill(email);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByLabel(`To confirm, type ${email}`).fill(email.toUpperCase());
    await page.getByRole('button', { name: `Erase everything for ${email}` }).click();
    await page.getByText('Erased 1 lead and everything copied from them.').waitFor();
    await page.context().close();
  });
});

describe('unfinished fills, on a phone', () => {
  it('lists a visitor who left after giving details and consent, and emails them the resume link', async () => {
    const email = `left.demo.${Date.now()}@example.com`;
    const kept = await fetch(`${baseUrl}/api/forms/demo/partials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Lena Left',
        email,
        company: 'Northwind',
        company_size: '11-50',
        consent: true,
        _partial: crypto.randomUUID(),
      }),
    });
    expect(kept.status).toBe(202);
    const page = await (await adminContext(browser(), 'phone')).newPage();
    await signInAt(page, baseUrl, '/admin/forms/demo/partials/', password);
    const item = page.getByRole('listitem').filter({ hasText: email });
    await item.getByRole('heading', { name: 'Lena Left' }).waitFor();
    const link = await item.getByLabel(/Resume link, to send another way/).inputValue();
    expect(link).toMatch(/\/f\/demo\/resume\?t=/);
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole('button', { name: 'Email the resume link' }).click();
    await page.getByText('The resume link is on its way.').waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: email })
      .getByText(/Resume link emailed/)
      .waitFor();
    await page.screenshot({ path: '/tmp/shots/partials-phone.png' });
    // The link opens the form where the visitor left it: the second step, their answer in place.
    const resumed = await page.context().newPage();
    await resumed.goto(link);
    expect(await resumed.locator('input[name="company_size"][value="11-50"]').isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('cost per qualified lead, on a phone', () => {
  it('imports a spend file, lists every bad row of a broken one, and shows what each campaign’s leads cost', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const campaign = `autumn-${Date.now()}`;
    // One hot lead from the campaign: arrived through a campaign link, so its first touch names it.
    const visitor = await (await adminContext(browser(), 'phone')).newPage();
    await visitor.goto(`${baseUrl}/f/quote/?utm_source=meta&utm_campaign=${campaign}`);
    const cookie = (await visitor.context().cookies()).find((c) => c.name === 'fw_touch');
    expect(cookie).toBeDefined();
    const stored = await fetch(`${baseUrl}/api/forms/quote/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `fw_touch=${cookie?.value}` },
      body: JSON.stringify({
        name: 'Cam Paign',
        email: `cam.${Date.now()}@example.com`,
        service: 'web-design',
        budget: 'over-10k',
        timeline: 'asap',
        consent: true,
      }),
    });
    expect(stored.status).toBe(201);

    const page = await (await adminContext(browser(), 'phone')).newPage();
    await signInAt(page, baseUrl, '/admin/funnel/', password);
    const upload = (text: string) =>
      page.getByLabel('CSV file').setInputFiles({ name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await upload(
      `date,source,campaign,amount,currency\n${today},meta,${campaign},12x,EUR\nyesterday,meta,${campaign},5,EUR\n`,
    );
    await page.getByRole('button', { name: 'Import spend' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.getByText('Line 2: amount "12x"').waitFor();
    await alert.getByText('Line 3: date "yesterday"').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await upload(`date,source,campaign,amount,currency\n${today},meta,${campaign},250.00,EUR\n`);
    await page.getByRole('button', { name: 'Import spend' }).click();
    await page.getByText('Imported spend for 1 row.').waitFor();
    const row = page.getByRole('row').filter({ hasText: campaign });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      // One lead of one qualified, with its 95 % Wilson interval (0.21 to 1).
      .toEqual([campaign, '1', '1', '100 % (21–100 %)', '0', '€250.00', '€250.00', '€250.00', '—']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/shots/campaigns-phone.png', fullPage: true });
    await page.context().close();
    await visitor.context().close();
  });
});
