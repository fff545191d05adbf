import { definitionJson } from '../../src/engine/studio/definitionJson';
import { templates } from '../../templates';

/** The bench's studio copy of /f/quote/, weighed beside it (bench/weight/studioRatios.ts). */
export const STUDIO_QUOTE = 'studio-quote';

/**
 * Publishes a studio copy of a code template through the admin API, as an owner importing its
 * exported JSON would, and answers the published page's address: the bench and the budget test
 * weigh it next to the template's own page.
 */
export async function publishStudioCopy(
  baseUrl: string,
  password: string,
  from: string,
  slug: string,
): Promise<string> {
  const template = templates.get(from);
  if (!template) throw new Error(`no template "${from}"`);
  const login = await fetch(`${baseUrl}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ password }),
  });
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = {
    'content-type': 'application/json',
    origin: baseUrl,
    cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '',
    'x-csrf-token': csrfToken,
  };
  const imported = await fetch(`${baseUrl}/api/admin/forms/import`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...definitionJson(template), slug }),
  });
  if (imported.status !== 201) throw new Error(`import answered ${imported.status}: ${await imported.text()}`);
  const published = await fetch(`${baseUrl}/api/admin/forms/${slug}/publish`, {
    method: 'POST',
    headers,
    body: '{}',
  });
  if (published.status !== 201) throw new Error(`publish answered ${published.status}: ${await published.text()}`);
  return `${baseUrl}/f/${slug}/`;
}
