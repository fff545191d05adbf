import { env, exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { hashedIdentifiers } from '../../../functions/conversions/hashedIdentifiers';
import { adminFetch, signIn } from '../admin/adminSession';
import { ORIGIN } from '../helpers';

const platforms = inject('fakeGraph');

interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

async function received(): Promise<Received[]> {
  return (await fetch(`${platforms}/received`)).json<Received[]>();
}

/** SHA-256 hex, written out here rather than taken from the code under test. */
async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A demo request sent from a page reached through a Google ad (its gclid), with or without ad measurement. */
async function demoLead(email: string, options: { measurement: boolean; gclid?: string }): Promise<string> {
  const page = `${ORIGIN}/f/demo/${options.gclid ? `?gclid=${options.gclid}` : ''}`;
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/demo/submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        referer: page,
        'cf-connecting-ip': `198.51.100.${Math.floor(Math.random() * 200) + 20}`,
      },
      body: JSON.stringify({
        name: 'Jordan Lee',
        email,
        company: 'Northwind Traders',
        job_title: 'Sales Operations Manager',
        company_size: '11-50',
        seats: 10,
        use_cases: ['lead-capture'],
        timeline: 'next-quarter',
        budget: 1500,
        consent: true,
        ...(options.measurement && { ad_measurement: true }),
      }),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

async function conversionRows(leadId: string) {
  const { results } = await env.DB.prepare(
    "select id, status, attempts from webhook_outbox where lead_id = ? and channel = 'conversion' order by id",
  )
    .bind(leadId)
    .all<{ id: string; status: string; attempts: number }>();
  return results;
}

describe('quality back to the ad platforms', () => {
  it('hashes email and phone as Meta’s documentation shows', async () => {
    // Meta, Customer Information Parameters: "John_Smith@gmail.com" and the US number (650)555-1212.
    expect(await hashedIdentifiers({ email: ' John_Smith@gmail.com ', phone: '+16505551212' })).toEqual({
      em: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
      ph: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    });
    expect(await hashedIdentifiers({ email: null, phone: undefined })).toEqual({});
  });

  it('sends each platform one conversion per lead and step, hashed, only for a consenting lead', {
    timeout: 30_000,
  }, async () => {
    const session = await signIn();
    const move = async (id: string, status: string) => {
      const response = await adminFetch(`/api/admin/leads/${id}/status`, session, { method: 'POST', body: { status } });
      expect(response.status).toBe(200);
    };
    const email = 'jordan.conversions@example.com';
    const id = await demoLead(email, { measurement: true, gclid: 'Cj0KCQ-test-gclid' });
    await move(id, 'contacted');
    expect(await conversionRows(id)).toEqual([]);
    await move(id, 'qualified');
    await expect
      .poll(async () => (await conversionRows(id)).map((row) => row.status), { timeout: 10_000 })
      .toEqual(['delivered', 'delivered']);
    const sent = await received();
    const metaEvents = sent
      .filter((post) => post.path === '/v22.0/200000000000002/events')
      .map((post) => JSON.parse(post.body) as { access_token: string; data: Record<string, unknown>[] })
      .filter((body) => body.data[0]?.event_id === id);
    expect(metaEvents).toHaveLength(1);
    expect(metaEvents[0]?.access_token).toBe('fake-capi-token');
    expect(metaEvents[0]?.data[0]).toMatchObject({
      event_name: 'QualifiedLead',
      action_source: 'system_generated',
      event_id: id,
      user_data: { em: [await sha256(email)] },
    });
    // No raw email anywhere in what Meta received.
    expect(JSON.stringify(metaEvents)).not.toContain('jordan.conversions');
    const uploads = sent.filter((post) => post.path === '/google/v21/customers/1234567890:uploadClickConversions');
    const ours = uploads.filter((post) => post.body.includes('Cj0KCQ-test-gclid'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.headers.authorization).toBe('Bearer fake-google-access-token');
    expect(ours[0]?.headers['developer-token']).toBe('fake-developer-token');
    expect(JSON.parse(ours[0]?.body ?? '{}')).toMatchObject({
      conversions: [
        { gclid: 'Cj0KCQ-test-gclid', conversionAction: 'customers/1234567890/conversionActions/987654321' },
      ],
      partialFailure: true,
    });

    // Won: one more each. Back to qualified and won again: nothing new.
    await move(id, 'won');
    await expect
      .poll(async () => (await conversionRows(id)).filter((row) => row.status === 'delivered').length, {
        timeout: 10_000,
      })
      .toBe(4);
    await move(id, 'qualified');
    await move(id, 'won');
    expect(await conversionRows(id)).toHaveLength(4);

    // Without the ad-measurement tick nothing is queued, whatever the step.
    const unconsented = await demoLead('no.measurement@example.com', { measurement: false, gclid: 'Cj0-other' });
    await move(unconsented, 'qualified');
    await move(unconsented, 'won');
    expect(await conversionRows(unconsented)).toEqual([]);
  });

  it('retries a conversion the platform answered with a 5xx, as a webhook is retried', {
    timeout: 30_000,
  }, async () => {
    const session = await signIn();
    const id = await demoLead('retry.conversion@example.com', { measurement: true });
    await fetch(`${platforms}/plan-failures`, { method: 'PUT', body: JSON.stringify({ failures: 1, failWith: 500 }) });
    await adminFetch(`/api/admin/leads/${id}/status`, session, { method: 'POST', body: { status: 'qualified' } });
    // The 5-second retry slot is taken inline, within the status change's own follow-up.
    await expect
      .poll(async () => (await conversionRows(id))[0], { timeout: 20_000, interval: 250 })
      .toMatchObject({
        status: 'delivered',
        attempts: 2,
      });
    const { results } = await env.DB.prepare(
      'select http_status from webhook_attempts where outbox_id = ? order by attempt',
    )
      .bind((await conversionRows(id))[0]?.id)
      .all<{ http_status: number }>();
    expect(results.map((row) => row.http_status)).toEqual([500, 200]);
  });
});
