import { env, exports } from 'cloudflare:workers';

export const ORIGIN = 'https://formwell.test';

/** A complete, valid quote request; `email` makes it findable. */
export function quoteAnswers(email: string): Record<string, string | boolean> {
  return {
    name: 'Ada Lovelace',
    email,
    phone: '+44 20 7946 0958',
    service: 'seo',
    budget: '2k-10k',
    timeline: 'asap',
    message: 'New shop website',
    consent: true,
  };
}

export function post(path: string, body: BodyInit | null, contentType?: string): Promise<Response> {
  const headers = new Headers();
  if (contentType) headers.set('content-type', contentType);
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { method: 'POST', body, headers }));
}

export async function countLeads(): Promise<number> {
  const row = await env.DB.prepare('select count(*) as n from leads').first<{ n: number }>();
  return row?.n ?? 0;
}

export async function leadsByEmail(email: string) {
  const { results } = await env.DB.prepare(
    "select * from leads where json_extract(answers, '$.email') = ? order by created_at",
  )
    .bind(email)
    .all<{
      id: string;
      form_slug: string;
      form_version: string;
      answers: string;
      status: string;
      created_at: number;
    }>();
  return results;
}
