import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signToken } from '../../../functions/lib/signedToken';
import { ORIGIN } from '../helpers';

const visit = (path: string) => exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: 'manual' }));

async function submit(slug: string, answers: Record<string, unknown>) {
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.88.${Math.floor(Math.random() * 250)}.4` },
      body: JSON.stringify(answers),
    }),
  );
  expect(response.status).toBe(201);
  return response.json<{
    id: string;
    next?: { href: string; label: string };
    download?: { href: string; label: string };
  }>();
}

const magnet = (email: string) => ({ email, first_name: 'Maria', role: 'owner', consent: 'yes' });

describe('the lead magnet’s download', () => {
  it('is a PDF behind a link that only a stored submission gets, and the reply carries the same link', async () => {
    const stored = await submit('lead-magnet', magnet('maria.pdf@example.com'));
    expect(stored.download?.label).toBe('Download the guide (PDF)');
    const link = new URL(stored.download?.href ?? '');
    expect(link.origin).toBe(ORIGIN);
    const file = await visit(link.pathname + link.search);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="faster-follow-up.pdf"');
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 8))).toBe('%PDF-1.4');
    const reply = await env.DB.prepare(
      "select payload from webhook_outbox where lead_id = ? and endpoint = 'email:reply'",
    )
      .bind(stored.id)
      .first<{ payload: string }>();
    expect(JSON.parse(reply?.payload ?? '{}').text).toContain(stored.download?.href);
  });

  it('refuses a made-up or altered link, an expired one, and one whose lead was erased', async () => {
    expect((await visit('/f/lead-magnet/download/faster-follow-up.pdf')).status).toBe(404);
    const stored = await submit('lead-magnet', magnet('maria.altered@example.com'));
    const link = new URL(stored.download?.href ?? '');
    const altered = `${link.pathname}?t=${encodeURIComponent(`${stored.id}~9999999999999.${'A'.repeat(43)}`)}`;
    expect((await visit(altered)).status).toBe(404);
    // Signed as the Worker signs, for this form, an hour ago.
    const expired = await signToken(
      env.FORM_TOKEN_SECRET,
      'download:lead-magnet',
      `${stored.id}~${Date.now() - 3_600_000}`,
    );
    const gone = await visit(`${link.pathname}?t=${encodeURIComponent(expired)}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Fill in the form again');
    // A link for another form's lead does not open this form's file.
    const otherForm = await signToken(
      env.FORM_TOKEN_SECRET,
      'download:quote',
      `${stored.id}~${Date.now() + 3_600_000}`,
    );
    expect((await visit(`${link.pathname}?t=${encodeURIComponent(otherForm)}`)).status).toBe(404);
    await env.DB.prepare('delete from leads where id = ?').bind(stored.id).run();
    expect((await visit(link.pathname + link.search)).status).toBe(410);
  });

  it('is not offered by forms without one', async () => {
    expect((await visit('/f/quote/download/anything.pdf?t=x.y')).status).toBe(404);
  });
});

describe('the next step by tier', () => {
  const demo = {
    name: 'Jordan Lee',
    email: 'jordan.lee@northwind.example',
    company: 'Northwind Traders',
    seats: '25',
    use_cases: ['lead-capture'],
    consent: 'yes',
  };

  it('offers a hot lead the booking link with their name and email, and a cold lead the newsletter', async () => {
    const hot = await submit('demo', { ...demo, company_size: '201+', timeline: 'this-quarter', budget: '3000' });
    expect(hot.next?.href).toBe(
      'https://cal.com/northwind/demo?name=Jordan%20Lee&email=jordan.lee%40northwind.example',
    );
    const cold = await submit('demo', {
      ...demo,
      email: 'cold.jordan@northwind.example',
      company_size: '1-10',
      timeline: 'exploring',
      budget: '500',
    });
    expect(cold.next?.href).toBe('https://northwind.example/newsletter?email=cold.jordan%40northwind.example');
    // The visitor learns the step, never the tier or the score.
    expect(Object.keys(cold).sort()).toEqual(['figures', 'id', 'next']);
  });
});
