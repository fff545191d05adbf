import { createServer, type Server } from 'node:http';

/** The Page token the fake accepts; META_PAGE_TOKEN holds it in the test bindings. */
export const FAKE_PAGE_TOKEN = 'fake-page-token';
/** Google's OAuth refresh token the fake exchanges, and the access token it gives for it. */
export const FAKE_GOOGLE_REFRESH_TOKEN = 'fake-google-refresh-token';
export const FAKE_GOOGLE_ACCESS_TOKEN = 'fake-google-access-token';

interface Planned {
  /** The lead as Graph would give it (`id` is filled in). */
  lead: Record<string, unknown>;
  /** Answer this many fetches with `failWith` before answering with the lead. */
  failures: number;
  failWith: number;
}

/**
 * A stand-in for Meta's Graph API on 127.0.0.1 (the real one is unreachable here): `PUT /plan/<lead id>`
 * with `{ lead, failures?, failWith? }` says what `GET /<lead id>` answers; a lead with no plan is a
 * Graph 400. It insists on the Page token as a bearer token, as Graph does. `GET /requests` lists
 * the fetches it got (lead id and whether the token was right). It also stands in for the Conversions
 * API (`POST /v22.0/<pixel>/events`) and Google Ads (`POST /google/token`, `POST /google/v21/customers/<id>:uploadClickConversions`):
 * `GET /received` lists those posts; `PUT /plan-failures {failures, failWith}` makes the next ones fail.
 */
export function startFakeGraph(port: number): Promise<Server> {
  const plans = new Map<string, Planned>();
  const requests: { leadId: string; authorised: boolean; fields: string | null }[] = [];
  const received: { path: string; headers: Record<string, string>; body: string }[] = [];
  let failures = { left: 0, status: 500 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'GET' && url.pathname === '/requests') return send(200, requests);
      if (request.method === 'GET' && url.pathname === '/received') return send(200, received);
      if (request.method === 'PUT' && url.pathname === '/plan-failures') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { failures: number; failWith?: number };
        failures = { left: body.failures, status: body.failWith ?? 500 };
        return send(204, null);
      }
      // The Conversions API and Google's token and upload: each post is kept, first answering any planned failures.
      const text = Buffer.concat(chunks).toString('utf8');
      const events = /^\/v\d+\.\d+\/(\d+)\/events$/.exec(url.pathname);
      const upload = /^\/google\/v\d+\/customers\/(\d+):uploadClickConversions$/.exec(url.pathname);
      if (request.method === 'POST' && (events || upload || url.pathname === '/google/token')) {
        received.push({ path: url.pathname, headers: { ...request.headers } as Record<string, string>, body: text });
        if (failures.left > 0 && url.pathname !== '/google/token') {
          failures.left--;
          return send(failures.status, { error: { message: 'Please retry your request later.', code: 2 } });
        }
        if (url.pathname === '/google/token') {
          const form = new URLSearchParams(text);
          const good =
            form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === FAKE_GOOGLE_REFRESH_TOKEN;
          return good
            ? send(200, { access_token: FAKE_GOOGLE_ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' })
            : send(400, { error: 'invalid_grant' });
        }
        if (events)
          return send(200, {
            events_received: (JSON.parse(text) as { data: unknown[] }).data.length,
            fbtrace_id: 'fake',
          });
        return send(200, { results: [{ gclid: 'fake' }] });
      }
      const planned = /^\/plan\/(\d+)$/.exec(url.pathname);
      if (request.method === 'PUT' && planned?.[1]) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Planned>;
        plans.set(planned[1], { lead: body.lead ?? {}, failures: body.failures ?? 0, failWith: body.failWith ?? 500 });
        return send(204, null);
      }
      const leadId = /^\/v\d+\.\d+\/(\d+)$/.exec(url.pathname)?.[1] ?? /^\/(\d+)$/.exec(url.pathname)?.[1];
      if (request.method !== 'GET' || !leadId) return send(404, { error: { message: 'Unknown path' } });
      const authorised = request.headers.authorization === `Bearer ${FAKE_PAGE_TOKEN}`;
      requests.push({ leadId, authorised, fields: url.searchParams.get('fields') });
      if (!authorised) return send(400, { error: { message: 'Invalid OAuth access token.', code: 190 } });
      const plan = plans.get(leadId);
      if (!plan)
        return send(400, {
          error: { message: `Unsupported get request. Object with ID '${leadId}' does not exist`, code: 100 },
        });
      if (plan.failures > 0) {
        plan.failures--;
        return send(plan.failWith, {
          error: { message: 'An unexpected error has occurred. Please retry your request later.', code: 2 },
        });
      }
      return send(200, { id: leadId, ...plan.lead });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
