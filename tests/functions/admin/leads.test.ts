import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { exportLeads } from '../../../functions/admin/export/exportLeads';
import { decodeLeadCursor } from '../../../functions/admin/leads/leadCursor';
import { listForms } from '../../../functions/forms/listForms';
import { post, quoteAnswers } from '../helpers';
import { adminFetch, signIn } from './adminSession';

async function newLead(email: string, extra: Record<string, string> = {}): Promise<string> {
  const response = await post(
    '/api/forms/quote/submissions',
    JSON.stringify({ ...quoteAnswers(email), ...extra }),
    'application/json',
  );
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

describe('the inbox API', () => {
  it('lists a lead the moment it is stored, newest first', async () => {
    const session = await signIn();
    const id = await newLead('inbox.fresh@example.com');
    const response = await adminFetch('/api/admin/leads', session);
    expect(response.status).toBe(200);
    const page = await response.json<{ leads: { id: string }[]; total: number }>();
    expect(page.leads[0]?.id).toBe(id);
    expect(page.total).toBeGreaterThan(0);
  });

  it('filters by text, form, status and dates, and pages with a cursor', async () => {
    const session = await signIn();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await newLead(`pager.${i}@example.com`, { message: 'zebra-crossing' }));
    const first = await (await adminFetch('/api/admin/leads?q=ZEBRA-crossing', session)).json<{
      leads: { id: string }[];
      total: number;
    }>();
    expect(first.total).toBe(3);
    expect(first.leads.map((lead) => lead.id)).toEqual([...ids].reverse());

    const listed = async (query: string) =>
      (await (await adminFetch(`/api/admin/leads?q=zebra&${query}`, session)).json<{ total: number }>()).total;
    expect(await listed('form=quote&status=new')).toBe(3);
    expect(await listed('form=demo')).toBe(0);
    expect(await listed('status=won')).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(await listed(`from=${today}&to=${today}`)).toBe(3);
    expect(await listed('to=2020-01-01')).toBe(0);
  });

  it('answers 400 naming a filter it does not understand', async () => {
    const session = await signIn();
    const response = await adminFetch('/api/admin/leads?tier=lukewarm', session);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json<{ fields: Record<string, string> }>()).fields)).toEqual(['tier']);
  });

  it('shows one lead with its history, and 404 for an id that does not exist', async () => {
    const session = await signIn();
    const id = await newLead('one.lead@example.com');
    const found = await adminFetch(`/api/admin/leads/${id}`, session);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ lead: { id, status: 'new' }, events: [] });
    expect((await adminFetch('/api/admin/leads/no-such-lead', session)).status).toBe(404);
  });
});

describe('the pipeline', () => {
  it('records each status change with where it came from', async () => {
    const session = await signIn();
    const id = await newLead('pipeline@example.com');
    for (const status of ['contacted', 'qualified', 'won']) {
      const response = await adminFetch(`/api/admin/leads/${id}/status`, session, { method: 'POST', body: { status } });
      expect(response.status).toBe(200);
    }
    const { results } = await env.DB.prepare(
      "select from_status, to_status from lead_events where lead_id = ? and kind = 'status' order by created_at, rowid",
    )
      .bind(id)
      .all<{ from_status: string; to_status: string }>();
    expect(results).toEqual([
      { from_status: 'new', to_status: 'contacted' },
      { from_status: 'contacted', to_status: 'qualified' },
      { from_status: 'qualified', to_status: 'won' },
    ]);
    const lead = await env.DB.prepare('select status from leads where id = ?').bind(id).first<{ status: string }>();
    expect(lead?.status).toBe('won');
  });

  it('refuses a status outside the pipeline', async () => {
    const session = await signIn();
    const id = await newLead('pipeline.bad@example.com');
    const response = await adminFetch(`/api/admin/leads/${id}/status`, session, {
      method: 'POST',
      body: { status: 'deleted' },
    });
    expect(response.status).toBe(400);
  });

  it('adds notes to the history and refuses empty ones', async () => {
    const session = await signIn();
    const id = await newLead('notes@example.com');
    const added = await adminFetch(`/api/admin/leads/${id}/notes`, session, {
      method: 'POST',
      body: { note: 'Call back Monday' },
    });
    expect(added.status).toBe(201);
    const empty = await adminFetch(`/api/admin/leads/${id}/notes`, session, { method: 'POST', body: { note: '  ' } });
    expect(empty.status).toBe(400);
    const record = await (await adminFetch(`/api/admin/leads/${id}`, session)).json<{ events: { note: string }[] }>();
    expect(record.events.map((event) => event.note)).toEqual(['Call back Monday']);
  });
});

describe('exports', () => {
  it('streams CSV with formula-looking answers neutralised', async () => {
    const session = await signIn();
    await newLead('csv.attack@example.com', {
      name: '=HYPERLINK("http://evil.example","click")',
      message: '@SUM(1+1)',
    });
    const response = await adminFetch('/api/admin/leads/export.csv?q=csv.attack', session);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="formwell-leads-/);
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,form,form_version,status,score,tier,outcome,name,email,phone/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines[1]).toContain(",'@SUM(1+1),");
    expect(lines.filter(Boolean)).toHaveLength(2);
  });

  it('streams JSON as one array of leads', async () => {
    const session = await signIn();
    await newLead('json.export@example.com');
    const response = await adminFetch('/api/admin/leads/export.json?q=json.export', session);
    const leads = await response.json<{ answers: { email: string } }[]>();
    expect(leads.map((lead) => lead.answers.email)).toEqual(['json.export@example.com']);
  });

  it('reads a large set page by page and ends every part on a whole row', async () => {
    const session = await signIn();
    const statements = [];
    for (let i = 0; i < 2500; i++) {
      statements.push(
        env.DB.prepare(
          "insert into leads (id, form_slug, form_version, answers, created_at) values (?, 'quote', 'v', ?, ?)",
        ).bind(
          `bulk-${String(i).padStart(5, '0')}`,
          JSON.stringify({ name: `Bulk ${i}`, message: 'bulk-export' }),
          1_700_000_000_000 + i,
        ),
      );
    }
    await env.DB.batch(statements);
    const response = await adminFetch('/api/admin/leads/export.csv?q=bulk-export', session);
    const rows = (await response.text()).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2501);
    expect(rows[1]).toMatch(/^bulk-02499,/);
    expect(rows.at(-1)).toMatch(/^bulk-00000,/);
    expect(response.headers.get('link')).toBeNull();
  });
});

describe('exports larger than one part', () => {
  it('split into parts that link on by cursor, with every lead exactly once', async () => {
    const statements = [];
    for (let i = 0; i < 25; i++) {
      statements.push(
        env.DB.prepare(
          "insert into leads (id, form_slug, form_version, answers, created_at) values (?, 'quote', 'v', ?, ?)",
        ).bind(
          `part-${String(i).padStart(2, '0')}`,
          JSON.stringify({ message: 'parted-export' }),
          // Pairs share a timestamp, so the cursor must break ties by id.
          1_600_000_000_000 + Math.floor(i / 2),
        ),
      );
    }
    await env.DB.batch(statements);
    const limits = { pageSize: 4, pagesPerPart: 3 };
    const seen: string[] = [];
    let cursor: string | undefined;
    let parts = 0;
    do {
      const part = await exportLeads(
        env.DB,
        await listForms(env),
        { q: 'parted-export' },
        'json',
        decodeLeadCursor(cursor),
        limits,
      );
      const leads = await new Response(part.body).json<{ id: string }[]>();
      expect(leads.length).toBeLessThanOrEqual(12);
      seen.push(...leads.map((lead) => lead.id));
      cursor = part.next;
      parts++;
    } while (cursor);
    expect(parts).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `part-${String(24 - i).padStart(2, '0')}`));
  });
});
