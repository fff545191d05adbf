import * as v from 'valibot';
import type { MetaLeadAds } from '../../src/engine/leadAds/leadAdsSchema';
import { platformUrl } from '../conversions/platformUrls';
import { envText } from '../lib/envText';

const FETCH_TIMEOUT_MS = 10_000;

const metaLeadSchema = v.object({
  id: v.string(),
  created_time: v.optional(v.string()),
  field_data: v.optional(v.array(v.object({ name: v.string(), values: v.optional(v.array(v.string()), []) })), []),
  custom_disclaimer_responses: v.optional(
    v.array(v.object({ checkbox_key: v.string(), is_checked: v.optional(v.union([v.string(), v.boolean()])) })),
    [],
  ),
  ad_id: v.optional(v.string()),
  adset_id: v.optional(v.string()),
  campaign_id: v.optional(v.string()),
  form_id: v.optional(v.string()),
});

export type MetaLead = v.InferOutput<typeof metaLeadSchema>;

export type Fetched = { ok: true; lead: MetaLead } | { ok: false; retry: boolean; error: string };

/**
 * One lead's answers from the Graph API (`GET /<lead id>`, the Page token as a bearer token). A
 * network failure, a timeout, a 5xx or a 429 is worth retrying; any other answer needs the owner
 * (an expired token, a missing permission) and says why. The token never appears in an error.
 */
export async function fetchMetaLead(env: Env, meta: MetaLeadAds, leadId: string): Promise<Fetched> {
  const token = envText(env, meta.pageToken);
  if (!token) {
    return {
      ok: false,
      retry: false,
      error: `The Worker secret ${meta.pageToken} (the Page access token) is not set: npx wrangler secret put ${meta.pageToken}`,
    };
  }
  const base = platformUrl(env, 'META_GRAPH_URL');
  if (!base.ok) return { ok: false, retry: false, error: base.reason };
  const fields = 'id,created_time,field_data,custom_disclaimer_responses,ad_id,adset_id,campaign_id,form_id';
  let response: Response;
  try {
    response = await fetch(`${base.url}/${encodeURIComponent(leadId)}?fields=${fields}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, retry: true, error: `The Graph API could not be reached (${String(error).slice(0, 120)}).` };
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const retry = response.status >= 500 || response.status === 429;
    return { ok: false, retry, error: `The Graph API answered ${response.status}: ${graphMessage(text)}` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, retry: true, error: 'The Graph API answered with something that is not JSON.' };
  }
  const parsed = v.safeParse(metaLeadSchema, body);
  if (!parsed.success) return { ok: false, retry: false, error: 'The Graph API answered without the lead’s fields.' };
  return { ok: true, lead: parsed.output };
}

/** Meta's own words for an error (`error.message`), short; never the request, which carries the token. */
function graphMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return message.slice(0, 200);
  } catch {
    // Not JSON: say nothing more than the status.
  }
  return 'no reason given';
}
