import { drizzle } from 'drizzle-orm/d1';
import { partialLeads } from '../../db/schema';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { erasePerson } from './erasePerson';
import { findPersonLeads } from './findPersonLeads';
import { type PersonMatch, personConditions } from './personConditions';

const MESSAGES = {
  invalid_email: { email: 'Enter an email address like name@example.com.' },
  invalid_phone: { phone: 'Enter a phone number with its country code, like +44 20 7946 0958.' },
  missing: { email: 'Give an email address or a phone number.' },
};

/** One person's data, for access and erasure requests: find or export (GET) and erase (POST). */
export async function handlePeople(
  request: Request,
  env: Env,
  action: 'find' | 'erase',
  body?: Record<string, unknown>,
): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const email = body ? body.email : params.get('email');
  const phone = body ? body.phone : params.get('phone');
  const query =
    typeof email === 'string' && email ? { email } : typeof phone === 'string' && phone ? { phone } : undefined;
  const match: PersonMatch | undefined = query && personConditions(query);
  if (!match) return errorResponse('invalid_request', { fields: MESSAGES.missing });
  if (!match.ok) return errorResponse('invalid_request', { fields: MESSAGES[match.reason] });
  if (action === 'erase') return json({ erased: await erasePerson(env.DB, match) });
  const [leads, partials] = await Promise.all([
    findPersonLeads(env.DB, match),
    drizzle(env.DB).select().from(partialLeads).where(match.partials).limit(100),
  ]);
  const download = params.get('download') === '1';
  return json(
    { person: match.value, leads, partials },
    download
      ? {
          headers: {
            'content-disposition': `attachment; filename="formwell-person-${new Date().toISOString().slice(0, 10)}.json"`,
          },
        }
      : {},
  );
}
