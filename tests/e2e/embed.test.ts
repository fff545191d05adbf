import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AWAKE } from '../../bench/formAwake';
import { phone, sharedChromium } from './browser';
import { queryLocalD1 } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
// Another origin (another port): the quote form allows it through QUOTE_EMBED_ORIGINS (tests/e2e/startWorker.ts).
const embedOrigin = inject('embedOrigin');
const browser = sharedChromium();

/** The README's embed snippet, as a site owner pastes it into their own page. */
const snippet = `<iframe data-formwell data-src="${baseUrl}/f/quote/" title="Request a quote" style="width:100%;border:0;height:150px"></iframe>
<script src="${baseUrl}/embed.js" async></script>`;

let server: Server;
beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      request.url?.startsWith('/shop')
        ? `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body><h1>Our shop</h1>${snippet}<p>Footer</p></body></html>`
        : '<!doctype html><title>elsewhere</title>',
    );
  });
  const port = Number(new URL(embedOrigin).port);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the embed snippet on a page served from another origin', () => {
  it('sizes the iframe to the form and then to the thank-you page, and the lead keeps the embedding page as landing page', async () => {
    const context = await phone(browser(), true, false);
    const page = await context.newPage();
    await page.goto(`${embedOrigin}/shop?utm_source=partner&utm_campaign=embed`, {
      referer: 'https://social.example/',
    });
    const iframe = page.locator('iframe[data-formwell]');
    const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () =>
      page
        .frameLocator('iframe[data-formwell]')
        .locator('body')
        .evaluate((body) => (body as HTMLElement).offsetHeight);

    await page.waitForFunction(
      () => (document.querySelector('iframe[data-formwell]')?.getBoundingClientRect().height ?? 0) > 600,
    );
    expect(Math.abs((await height()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    const formHeight = await height();

    const frame = page.frameLocator('iframe[data-formwell]');
    await frame.getByLabel('Your name', { exact: true }).focus();
    await frame.locator(AWAKE).waitFor({ state: 'attached' });
    await frame.getByLabel('Your name', { exact: true }).fill('Annie Easley');
    await frame.getByLabel('Email', { exact: true }).fill('embedded@example.com');
    await frame.getByLabel('Service', { exact: true }).selectOption('branding');
    await frame.getByLabel('Over $10,000', { exact: true }).check();
    await frame.getByLabel('When do you want to start?', { exact: true }).selectOption('later');
    await frame.getByLabel(/I agree/).check();
    await page.waitForTimeout(1_600);
    await frame.getByRole('button', { name: 'Get my quote' }).click();
    await frame.getByRole('heading', { name: 'Thank you, your request is in' }).waitFor();
    await page.waitForFunction((before) => {
      const now = document.querySelector('iframe[data-formwell]')?.getBoundingClientRect().height ?? 0;
      return now > 0 && now < before;
    }, formHeight);
    expect(Math.abs((await height()) - (await contentHeight()))).toBeLessThanOrEqual(1);

    const [lead] = await queryLocalD1<{ screening: string; attribution: string }>(
      persistDir,
      "select screening, attribution from leads where json_extract(answers, '$.email') = 'embedded@example.com'",
    );
    expect(lead?.screening).toBe('clean');
    expect(JSON.parse(lead?.attribution ?? '{}')).toMatchObject({
      utm_source: 'partner',
      utm_campaign: 'embed',
      landingPage: `${embedOrigin}/shop?utm_source=partner&utm_campaign=embed`,
      referrer: 'https://social.example/',
    });
    await context.close();
  });

  it('lets the allowed origin call the submission API from its page (CORS), and no other', async () => {
    const context = await phone(browser(), true, false);
    const page = await context.newPage();
    const send = (email: string) =>
      page.evaluate(
        async ([api, address]) => {
          try {
            const response = await fetch(api, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
              body: JSON.stringify({
                name: 'Evelyn Boyd',
                email: address,
                service: 'seo',
                budget: 'under-2k',
                timeline: 'asap',
                consent: true,
              }),
            });
            return { status: response.status, body: await response.json() };
          } catch (error) {
            return { failed: String(error) };
          }
        },
        [`${baseUrl}/api/forms/quote/submissions`, email] as const,
      );
    await page.goto(`${embedOrigin}/shop`);
    expect(await send('cors.allowed@example.com')).toMatchObject({ status: 201, body: { id: expect.any(String) } });
    // localhost is another origin than 127.0.0.1, and the quote form does not list it.
    await page.goto(`${embedOrigin.replace('127.0.0.1', 'localhost')}/elsewhere`);
    expect(await send('cors.refused@example.com')).toEqual({ failed: expect.stringContaining('Failed to fetch') });
    const stored = await queryLocalD1<{ email: string }>(
      persistDir,
      "select json_extract(answers, '$.email') as email from leads where json_extract(answers, '$.email') like 'cors.%'",
    );
    expect(stored.map((row) => row.email)).toEqual(['cors.allowed@example.com']);
    await context.close();
  });
});
