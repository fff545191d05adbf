import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminFetch, type SignedIn, signIn } from '../admin/adminSession';
import { ORIGIN } from '../helpers';
import { renders } from '../testWorker';

const visit = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers, redirect: 'manual' }));

function uniqueSlug(stem: string): string {
  return `${stem}-${crypto.randomUUID().slice(0, 8)}`;
}

interface State {
  slug: string;
  draft: Record<string, unknown> & { fields: Record<string, unknown>[] };
  revision: number;
  problems: { where: string; path: (string | number)[]; message: string }[];
  published?: { number: number; version: string };
  versions: { number: number; version: string; note: string | null }[];
}

async function state(session: SignedIn, slug: string): Promise<State> {
  const response = await adminFetch(`/api/admin/forms/${slug}`, session);
  expect(response.status).toBe(200);
  return response.json<State>();
}

async function createForm(session: SignedIn, from = ''): Promise<string> {
  const slug = uniqueSlug('studio');
  const response = await adminFetch('/api/admin/forms', session, {
    method: 'POST',
    body: { title: 'Studio test', slug, from },
  });
  expect(response.status).toBe(201);
  return slug;
}

async function saveDraft(session: SignedIn, slug: string, change: (draft: State['draft']) => void): Promise<Response> {
  const current = await state(session, slug);
  change(current.draft);
  return adminFetch(`/api/admin/forms/${slug}/draft`, session, {
    method: 'PUT',
    body: { definition: current.draft, revision: current.revision },
  });
}

async function publish(session: SignedIn, slug: string): Promise<{ number: number; version: string }> {
  const { revision } = await state(session, slug);
  const response = await adminFetch(`/api/admin/forms/${slug}/publish`, session, {
    method: 'POST',
    body: { revision },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return response.json();
}

function submit(slug: string, answers: Record<string, unknown>): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/forms/${slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.77.${Math.floor(Math.random() * 250)}.9` },
      body: JSON.stringify(answers),
    }),
  );
}

async function leadOf(email: string) {
  return env.DB.prepare("select form_version, answers from leads where json_extract(answers, '$.email') = ?")
    .bind(email)
    .first<{ form_version: string; answers: string }>();
}

describe('the studio, signed out or from elsewhere', () => {
  it('sends people who are not signed in to the sign-in page, and refuses the API', async () => {
    const page = await visit('/admin/forms/');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fforms%2F');
    expect((await adminFetch('/api/admin/forms', undefined)).status).toBe(401);
    expect((await adminFetch('/api/admin/forms', undefined, { method: 'POST', body: { title: 'x' } })).status).toBe(
      401,
    );
  });

  it('refuses changes without the CSRF token or from another site', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const body = JSON.stringify({ definition: {}, revision: 1 });
    const noToken = await exports.default.fetch(
      new Request(`${ORIGIN}/api/admin/forms/${slug}/draft`, {
        method: 'PUT',
        headers: { origin: ORIGIN, cookie: session.cookie, 'content-type': 'application/json' },
        body,
      }),
    );
    expect(noToken.status).toBe(403);
    const crossSite = await adminFetch(`/api/admin/forms/${slug}/publish`, session, {
      method: 'POST',
      body: { revision: 1 },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect((await state(session, slug)).versions).toEqual([]);
  });
});

describe('creating, saving and publishing', () => {
  it('creates a blank form as a draft that already passes every check, and refuses a taken address', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const created = await state(session, slug);
    expect(created.problems).toEqual([]);
    expect(created.published).toBeUndefined();
    expect((await visit(`/f/${slug}/`)).status).toBe(404);
    const again = await adminFetch('/api/admin/forms', session, { method: 'POST', body: { title: 'Again', slug } });
    expect(again.status).toBe(409);
    const template = await adminFetch('/api/admin/forms', session, {
      method: 'POST',
      body: { title: 'Quote', slug: 'quote' },
    });
    expect(template.status).toBe(409);
    expect((await template.json<{ error: { code: string } }>()).error.code).toBe('slug_taken');
  });

  it('keeps a draft with problems, lists them as the build would, and refuses to publish it', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const saved = await saveDraft(session, slug, (draft) => {
      (draft.fields[0] as { label: string }).label = '';
      draft.theme = { brand: 'blue' };
    });
    expect(saved.status).toBe(200);
    const { problems } = await saved.json<{ problems: State['problems'] }>();
    expect(problems.map((p) => p.path.join('.')).sort()).toEqual(['fields.0.label', 'theme.brand']);
    const { revision } = await state(session, slug);
    const refused = await adminFetch(`/api/admin/forms/${slug}/publish`, session, {
      method: 'POST',
      body: { revision },
    });
    expect(refused.status).toBe(422);
    const body = await refused.json<{ error: { code: string }; problems: unknown[] }>();
    expect(body.error.code).toBe('definition_invalid');
    expect(body.problems).toHaveLength(2);
    expect((await visit(`/f/${slug}/`)).status).toBe(404);
  });

  it('refuses a save based on an older revision (another tab saved meanwhile)', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const { draft, revision } = await state(session, slug);
    const first = await adminFetch(`/api/admin/forms/${slug}/draft`, session, {
      method: 'PUT',
      body: { definition: draft, revision },
    });
    expect(first.status).toBe(200);
    const stale = await adminFetch(`/api/admin/forms/${slug}/draft`, session, {
      method: 'PUT',
      body: { definition: { ...draft, title: 'Lost?' }, revision },
    });
    expect(stale.status).toBe(409);
    expect((await state(session, slug)).draft.title).toBe('Studio test');
  });

  it('publishes pages once and serves them as stored: no render per view, a strong ETag, 304 when current', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const before = renders.length;
    const published = await publish(session, slug);
    expect(published.number).toBe(1);
    expect(renders.slice(before)).toEqual(['form', 'thanks']);

    const first = await visit(`/f/${slug}/`);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain(`data-version="${published.version}"`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const second = await visit(`/f/${slug}/`);
    expect(await second.text()).toBe(html);
    expect(second.headers.get('etag')).toBe(etag);
    expect((await visit(`/f/${slug}/thanks/`)).status).toBe(200);
    expect(renders.length - before).toBe(2);
    const cached = await visit(`/f/${slug}/`, { 'if-none-match': etag, cookie: 'fw_touch=%7B%7D' });
    expect(cached.status).toBe(304);
    expect((await visit(`/f/${slug}/outcome/none/`)).status).toBe(404);
    expect((await visit(`/f/${slug}`)).headers.get('location')).toBe(`/f/${slug}/`);
  });

  it('renders a page again only when the stored one belongs to another build', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    await publish(session, slug);
    await env.DB.prepare("update studio_pages set build = 'an-older-deploy', html = 'old' where slug = ? and path = ''")
      .bind(slug)
      .run();
    const before = renders.length;
    const page = await visit(`/f/${slug}/`);
    expect(await page.text()).toContain('data-view="form"');
    expect(renders.length - before).toBe(1);
    await visit(`/f/${slug}/`);
    expect(renders.length - before).toBe(1);
  });
});

describe('versions', () => {
  it('judges a lead by the version the visitor started on, and stores that version with it', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const v1 = await publish(session, slug);
    await saveDraft(session, slug, (draft) => {
      draft.fields.push({ kind: 'tel', name: 'phone', label: 'Phone', required: true });
    });
    const v2 = await publish(session, slug);
    expect(v2.number).toBe(2);
    expect(v2.version).not.toBe(v1.version);

    // A visitor who loaded version 1 finishes without the phone version 2 requires.
    const started = await submit(slug, { name: 'Early Visitor', email: 'early.visitor@example.com', _v: v1.version });
    expect(started.status, await started.clone().text()).toBe(201);
    expect((await leadOf('early.visitor@example.com'))?.form_version).toBe(v1.version);

    // Anyone on the current page is asked for it.
    const current = await submit(slug, { name: 'Late Visitor', email: 'late.visitor@example.com', _v: v2.version });
    expect(current.status).toBe(422);
    expect(Object.keys((await current.json<{ fields: Record<string, string> }>()).fields)).toEqual(['phone']);
    const complete = await submit(slug, {
      name: 'Late Visitor',
      email: 'late.visitor@example.com',
      phone: '+44 20 7946 0958',
    });
    expect(complete.status).toBe(201);
    expect((await leadOf('late.visitor@example.com'))?.form_version).toBe(v2.version);
  });

  it("shows a lead with the definition of the version it answered, not today's", async () => {
    const session = await signIn();
    const slug = await createForm(session);
    await saveDraft(session, slug, (draft) => {
      draft.fields.push({ kind: 'text', name: 'project', label: 'What is the project?' });
    });
    const v1 = await publish(session, slug);
    await saveDraft(session, slug, (draft) => {
      draft.fields = draft.fields.filter((field) => field.name !== 'project');
    });
    await publish(session, slug);
    const answered = await submit(slug, {
      name: 'Version One',
      email: 'version.one@example.com',
      project: 'A garden wall',
      _v: v1.version,
    });
    expect(answered.status).toBe(201);
    const { id } = await answered.json<{ id: string }>();
    // The test Worker's views name the form definition they were given (tests/functions/testWorker.ts).
    const page = await (await adminFetch(`/admin/leads/${id}/`, session)).text();
    expect(page).toContain(`data-version="${v1.version}"`);
  });

  it('rolls back: the old version is published again as a new one that says so, and becomes the draft', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const v1 = await publish(session, slug);
    await saveDraft(session, slug, (draft) => {
      draft.title = 'Changed title';
    });
    await publish(session, slug);
    const diff = await adminFetch(`/api/admin/forms/${slug}/versions/1`, session);
    const { changes } = await diff.json<{ changes: { path: string[]; before: unknown; after: unknown }[] }>();
    expect(changes).toEqual([
      expect.objectContaining({ path: ['title'], before: 'Studio test', after: 'Changed title' }),
    ]);

    const rolled = await adminFetch(`/api/admin/forms/${slug}/versions/1/rollback`, session, {
      method: 'POST',
      body: {},
    });
    expect(rolled.status).toBe(201);
    expect(await rolled.json()).toMatchObject({ number: 3, version: v1.version });
    const after = await state(session, slug);
    expect(after.published).toEqual({ number: 3, version: v1.version });
    expect(after.versions.map((v) => [v.number, v.note])).toEqual([
      [3, 'Rolled back to version 1'],
      [2, null],
      [1, null],
    ]);
    expect(after.draft.title).toBe('Studio test');
    expect(await (await visit(`/f/${slug}/`)).text()).toContain(`data-version="${v1.version}"`);
    expect(
      (await adminFetch(`/api/admin/forms/${slug}/versions/9/rollback`, session, { method: 'POST', body: {} })).status,
    ).toBe(404);
  });

  it('takes a form offline when archived, and back when restored', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    await publish(session, slug);
    expect((await adminFetch(`/api/admin/forms/${slug}/archive`, session, { method: 'POST', body: {} })).status).toBe(
      200,
    );
    expect((await visit(`/f/${slug}/`)).status).toBe(404);
    expect((await submit(slug, { name: 'A', email: 'archived@example.com' })).status).toBe(404);
    expect((await adminFetch(`/api/admin/forms/${slug}/restore`, session, { method: 'POST', body: {} })).status).toBe(
      200,
    );
    expect((await visit(`/f/${slug}/`)).status).toBe(200);
  });
});

describe('import and export', () => {
  it('imports bad JSON with a 422 that lists every problem, and keeps nothing', async () => {
    const session = await signIn();
    const slug = uniqueSlug('imported');
    const bad = {
      slug,
      title: '',
      fields: [
        { kind: 'email', name: 'Email', label: 'Email' },
        { kind: 'colour', name: 'c', label: 'C' },
      ],
      thankYou: { title: 'Thanks', body: '' },
      webhooks: [{ id: 'crm', url: 'http://10.0.0.1/', secret: 'whsec_pasted' }],
    };
    const response = await adminFetch('/api/admin/forms/import', session, { method: 'POST', body: bad });
    expect(response.status).toBe(422);
    const { problems } = await response.json<{ problems: { path: (string | number)[]; message: string }[] }>();
    const paths = problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'fields.0.name', 'fields.1.kind']));
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect((await adminFetch(`/api/admin/forms/${slug}`, session)).status).toBe(404);
  });

  it('exports a template as JSON that imports as a studio draft, and as a templates/ file', async () => {
    const session = await signIn();
    const exported = await adminFetch('/api/admin/forms/quote/export.json', session);
    expect(exported.status).toBe(200);
    const definition = await exported.json<Record<string, unknown>>();
    const slug = uniqueSlug('quote-copy');
    const imported = await adminFetch('/api/admin/forms/import', session, {
      method: 'POST',
      body: { ...definition, slug },
    });
    expect(imported.status).toBe(201);
    expect((await state(session, slug)).problems).toEqual([]);
    const file = await adminFetch(`/admin/forms/${slug}/export.ts`, session);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.ts"`);
    expect(await file.text()).toContain(`slug: '${slug}'`);
  });
});

describe('the preview', () => {
  it('shows the draft in a frame of the admin only, and takes submissions without storing them', async () => {
    const session = await signIn();
    const slug = await createForm(session);
    const page = await adminFetch(`/admin/forms/${slug}/preview/`, session);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const sent = await adminFetch(`/api/admin/forms/${slug}/preview/submissions`, session, {
      method: 'POST',
      body: { name: 'Preview Person', email: 'preview.person@example.com' },
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ id: 'preview', figures: [] });
    expect(await leadOf('preview.person@example.com')).toBeNull();
    const invalid = await adminFetch(`/api/admin/forms/${slug}/preview/submissions`, session, {
      method: 'POST',
      body: { name: '', email: 'not an email' },
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json<{ fields: object }>()).fields).sort()).toEqual(['email', 'name']);
  });
});
