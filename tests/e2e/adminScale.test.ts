import { describe, expect, inject, it } from 'vitest';
import { seedLeads } from './seedLeads';

const baseUrl = inject('baseUrl');
const persistDir = inject('persistDir');
const password = inject('adminPassword');

async function signInCookie(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ password }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** The median of `runs` timed GETs of `path`, after one warm-up; the body is read in full. */
async function medianMs(path: string, cookie: string, runs = 7): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
    const body = await response.arrayBuffer();
    expect(response.status).toBe(200);
    if (i > 0) times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)] ?? 0), bytes };
}

describe('the inbox with 10,000 leads', () => {
  it('renders its first page, a search and a full CSV export quickly on local workerd', async () => {
    await seedLeads(persistDir, { count: 10_000, prefix: 'scale', newestAgeMs: 3_600_000, spacingMs: 60_000 });
    const cookie = await signInCookie();
    const inbox = await medianMs('/admin/', cookie);
    const search = await medianMs('/admin/?q=margaret&tier=hot', cookie);
    const older = await medianMs('/admin/?cursor=1700000000000_zzz', cookie);
    const csv = await medianMs('/api/admin/leads/export.csv', cookie, 3);
    const table = await medianMs('/admin/forms/quote/results/?sort=budget&dir=desc&page=3', cookie);
    const summary = await medianMs('/admin/forms/quote/summary/', cookie);
    const formCsv = await medianMs('/api/admin/forms/quote/leads.csv?mode=crm', cookie, 3);
    console.log(
      `inbox with 10,000 leads, median of 7 on local workerd: first page ${inbox.ms} ms (${inbox.bytes} bytes), ` +
        `search ${search.ms} ms, an older page ${older.ms} ms, CSV export of every lead ${csv.ms} ms (${csv.bytes} bytes); ` +
        `the quote form's results sorted by budget, page 3: ${table.ms} ms (${table.bytes} bytes), its summary ${summary.ms} ms, ` +
        `its CSV for a CRM ${formCsv.ms} ms (${formCsv.bytes} bytes)`,
    );
    // Generous bounds for a shared 2-core machine; the figures above are what matters.
    expect(inbox.ms).toBeLessThan(2000);
    expect(search.ms).toBeLessThan(2000);
    expect(csv.bytes).toBeGreaterThan(10_000 * 100);
    expect(table.ms).toBeLessThan(2000);
    expect(summary.ms).toBeLessThan(2000);
    expect(formCsv.bytes).toBeGreaterThan(10_000 * 100);
  }, 180_000);
});
