import { describe, expect, inject, it } from 'vitest';
import { signResumeToken } from '../../functions/submissions/partials/resumeToken';
import { hydrate, phone, sharedChromium } from './browser';
import { queryLocalD1 } from './localD1';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const secret = inject('formTokenSecret');
const browser = sharedChromium();

interface PartialRow {
  id: string;
  steps: string;
  answers: string;
  expires_at: number;
  completed_lead_id: string | null;
}

const partialsOf = (email: string) =>
  queryLocalD1<PartialRow>(
    persistDir,
    `select id, steps, answers, expires_at, completed_lead_id from partial_leads where contact_email = '${email}'`,
  );

describe('partial leads of the demo form', () => {
  it('keeps what a visitor answered when they leave after consenting, and the resume link finishes it without JavaScript', async () => {
    const email = 'left.midway@example.com';
    const context = await phone(browser(), true);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/f/demo/`);
    await hydrate(page);
    await page.getByLabel('Name', { exact: true }).fill('Katherine Johnson');
    await page.getByLabel('Work email', { exact: true }).fill(email);
    await page.getByLabel('Company', { exact: true }).fill('NASA');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('1–10 people').check();
    await page.getByLabel('Capturing leads').check();
    await page.getByLabel(/I agree that you may contact me/).check();
    // Leaving the page (here: to another address) sends the beacon.
    await page.goto(`${baseUrl}/`);
    await expect.poll(async () => (await partialsOf(email)).length, { timeout: 10_000 }).toBe(1);
    const [partial] = await partialsOf(email);
    expect(JSON.parse(partial?.steps ?? '[]')).toEqual(['about-you']);
    expect(JSON.parse(partial?.answers ?? '{}')).toMatchObject({ name: 'Katherine Johnson', company: 'NASA' });
    await context.close();

    const token = await signResumeToken(secret, 'demo', partial?.id ?? '', partial?.expires_at ?? 0);
    const noScript = await phone(browser(), false);
    const resumed = await noScript.newPage();
    const response = await resumed.goto(`${baseUrl}/f/demo/resume?t=${token}`);
    expect(response?.status()).toBe(200);
    await expect(resumed.locator('h2').textContent()).resolves.toBe('Your team');
    await resumed.getByLabel('1–10 people').check();
    await resumed.getByLabel('Capturing leads').check();
    await resumed.getByLabel('When do you want to start?').selectOption('later');
    await resumed.getByLabel(/I agree that you may contact me/).check();
    await resumed.getByRole('button', { name: 'Next' }).click();
    // The demo's thank-you offers this lead's tier its next step, so it is the Worker's page, not the static one.
    await resumed.locator('.fw-done h2', { hasText: 'Thanks, we will be in touch' }).waitFor();
    const [lead] = await queryLocalD1<{ id: string; answers: string }>(
      persistDir,
      `select id, answers from leads where json_extract(answers, '$.email') = '${email}'`,
    );
    expect(JSON.parse(lead?.answers ?? '{}')).toMatchObject({ name: 'Katherine Johnson', company: 'NASA' });
    expect((await partialsOf(email))[0]?.completed_lead_id).toBe(lead?.id);

    const expired = await resumed.goto(`${baseUrl}/f/demo/resume?t=${token.replace(/.$/, 'x')}`);
    expect(expired?.status()).toBe(404);
    await noScript.close();
  });
});
