import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demo } from '../../templates/demo';
import { leadMagnet } from '../../templates/lead-magnet';
import { axeViolations, axeViolationsOfNoScriptPage } from './axe';
import { phone, sharedChromium } from './browser';
import { fillPage } from './fillAnswers';
import { queryLocalD1 } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const browser = sharedChromium();

const magnet = (email: string) => ({ email, first_name: 'Maria', role: 'owner', consent: 'yes' });

/** The lead-magnet's form sent on a phone; answers the page the visitor lands on. */
async function getTheGuide(javaScript: boolean, email: string): Promise<Page> {
  const page = await (await phone(browser(), javaScript)).newPage();
  await page.goto(`${baseUrl}/f/lead-magnet/`);
  // Typing first: the island hydrates on the first touch.
  await page.getByLabel('First name').fill('Maria');
  await fillPage(page, leadMagnet, magnet(email));
  // A person takes longer than the form's fastest believable fill; a faster fill is kept as spam, and spam gets no reply.
  await page.waitForTimeout(1_600);
  await page.getByRole('button', { name: 'Get the guide' }).click();
  await page
    .getByRole('link', { name: 'Download the guide (PDF)' })
    .waitFor({ timeout: 15_000 })
    .catch(async (error) => {
      await page.screenshot({ path: '/tmp/shots/speed-fail.png', fullPage: true });
      throw error;
    });
  return page;
}

describe('speed to lead, on a phone', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('gives the lead magnet’s guide only after a real submission, %s, and emails the same link', async (_, js) => {
    const email = `guide.${js ? 'js' : 'nojs'}.${Date.now()}@example.com`;
    const page = await getTheGuide(js, email);
    const href = (await page.getByRole('link', { name: 'Download the guide (PDF)' }).getAttribute('href')) ?? '';
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await (js ? axeViolations(page) : axeViolationsOfNoScriptPage(page))).toEqual([]);

    // The reply is sent within seconds of the submission, with the same link.
    await expect
      .poll(
        async () =>
          queryLocalD1<{ status: string; payload: string }>(
            persistDir,
            `select o.status, o.payload from webhook_outbox o join leads l on l.id = o.lead_id where o.endpoint = 'email:reply' and json_extract(l.answers, '$.email') = '${email}'`,
          ),
        { timeout: 5_000, interval: 250 },
      )
      .toEqual([{ status: 'delivered', payload: expect.stringContaining(href) }]);

    // Without a submission there is no guide: the thank-you page alone offers no file, and a guessed link is refused.
    const direct = await page.context().newPage();
    await direct.goto(`${baseUrl}/f/lead-magnet/thanks/`);
    expect(await direct.getByRole('link', { name: /download/i }).count()).toBe(0);
    const guessed = await direct.request.get(`${baseUrl}/f/lead-magnet/download/faster-follow-up.pdf`);
    expect(guessed.status()).toBe(404);
    await page.context().close();
  });

  it('shows a hot lead the booking link and a cold lead the newsletter, without JavaScript, never the tier', async () => {
    const base = {
      name: 'Jordan Lee',
      company: 'Northwind Traders',
      seats: '25',
      use_cases: ['lead-capture'],
      consent: 'yes',
    };
    const finish = async (answers: Record<string, string | readonly string[]>) => {
      const page = await (await phone(browser(), false)).newPage();
      await page.goto(`${baseUrl}/f/demo/`);
      // One step a page: each post answers with the next step, the last with the thank-you.
      for (let step = 0; step < 4 && !(await page.locator('.fw-done').count()); step++) {
        await fillPage(page, demo, answers);
        await page.locator('.fw-submit').click();
        await page.waitForLoadState('load');
      }
      await page.locator('.fw-done').waitFor();
      return page;
    };
    const hot = await finish({
      ...base,
      email: `hot.${Date.now()}@northwind.example`,
      company_size: '201+',
      timeline: 'this-quarter',
      budget: '3000',
    });
    const booking = hot.getByRole('link', { name: 'Book a demo slot' });
    expect(await booking.getAttribute('href')).toMatch(
      /^https:\/\/cal\.com\/northwind\/demo\?name=Jordan%20Lee&email=hot\./,
    );
    expect(await hot.locator('body').textContent()).not.toMatch(/\b(hot|warm|cold|tier|score)\b/i);
    expect(await axeViolationsOfNoScriptPage(hot)).toEqual([]);
    const cold = await finish({
      ...base,
      email: `cold.${Date.now()}@northwind.example`,
      company_size: '1-10',
      timeline: 'exploring',
      budget: '500',
    });
    expect(await cold.getByRole('link', { name: 'Book a demo slot' }).count()).toBe(0);
    expect(await cold.getByRole('link', { name: 'Join the newsletter' }).count()).toBe(1);
    await hot.context().close();
    await cold.context().close();
  });
});
