import { exports } from 'cloudflare:workers';
import { ORIGIN } from '../helpers';

export const OWNER_PASSWORD = 'test-owner-password';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API, from its own client address so rate-limit tests do not lock it out. */
export async function signIn(client = `10.0.0.${Math.floor(Math.random() * 250) + 1}`): Promise<SignedIn> {
  const response = await login(OWNER_PASSWORD, client);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = await response.json<{ csrfToken: string }>();
  return { cookie, csrfToken };
}

export function login(password: string, client: string, origin = ORIGIN): Promise<Response> {
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'cf-connecting-ip': client },
      body: JSON.stringify({ password }),
    }),
  );
}

/** An admin API call as the admin pages make it: session cookie, own Origin, JSON and the CSRF token. */
export function adminFetch(
  path: string,
  session: SignedIn | undefined,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers({ origin: ORIGIN });
  if (session) headers.set('cookie', session.cookie);
  if (session && init.method && init.method !== 'GET') headers.set('x-csrf-token', session.csrfToken);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
  const body = init.body === undefined ? null : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body }));
}
