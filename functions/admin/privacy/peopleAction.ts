import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { PartialLead } from '../../db/tables/intakeTables';
import { partialLeads } from '../../db/tables/intakeTables';
import { listForms } from '../../forms/listForms';
import { action } from '../../http/action';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import type { LeadRecord } from '../leads/readLead';
import { findPersonLeads } from './findPersonLeads';
import type { PersonMatch } from './personConditions';
import { personInput } from './personInput';

export interface PersonData {
  person: string;
  leads: LeadRecord[];
  partials: PartialLead[];
}

/** What the privacy page shows: the search, what was found or what is wrong, and which forms erase leads by themselves. */
export interface PrivacyPage {
  who: string;
  found?: PersonData | undefined;
  problem?: string | undefined;
  erased?: number | undefined;
  /** Every form, for the leads' titles and for which erase their leads by themselves (retentionDays). */
  forms: FormDefinition[];
}

/** Everything stored for one person, for an access request (`GET /admin/privacy/?who=`, `GET /api/admin/people`). */
export const peopleAction = action<{ who: string; match?: FoundPerson; problem?: string | undefined }, PrivacyPage>({
  async parse(rc) {
    const params = rc.url.searchParams;
    const who = params.get('who')?.trim() ?? '';
    const parsed = personInput(
      { email: params.get('email'), phone: params.get('phone'), who },
      await listForms(rc.env),
    );
    if (parsed.ok) return { ok: true, input: { who, match: parsed.input.match } };
    if (rc.format === 'json') return parsed;
    // The page opens empty, and shows what is wrong with what was typed.
    return { ok: true, input: who ? { who, problem: Object.values(parsed.fields ?? {})[0] } : { who } };
  },
  async run({ who, match, problem }, rc) {
    return { who, problem, forms: await listForms(rc.env), found: match ? await findPerson(rc, match) : undefined };
  },
  json(page, rc) {
    const download = rc.url.searchParams.get('download') === '1';
    const headers: HeadersInit = download
      ? { 'content-disposition': `attachment; filename="formwell-person-${rc.now.toISOString().slice(0, 10)}.json"` }
      : {};
    return json(page.found ?? {}, { headers });
  },
  html: (page, rc) => renderView(rc, 'admin/privacy', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }),
});

type FoundPerson = Extract<PersonMatch, { ok: true }>;

/** One person's leads with their history, and their unfinished fills. */
async function findPerson(rc: RequestContext, match: FoundPerson): Promise<PersonData> {
  const [leads, partials] = await Promise.all([
    findPersonLeads(rc.env.DB, match),
    drizzle(rc.env.DB).select().from(partialLeads).where(match.partials).limit(100),
  ]);
  return { person: match.value, leads, partials };
}

declare module '../../http/views' {
  interface Views {
    'admin/privacy': PrivacyPage & AdminView;
  }
}
