import { drizzle } from 'drizzle-orm/d1';
import * as v from 'valibot';
import { platformLeads } from '../db/tables/leadAdsTables';
import { errorResponse } from '../http/errorResponse';
import { json } from '../http/json';
import { readBody } from '../http/readBody';
import type { RequestContext } from '../http/requestContext';
import { envText } from '../lib/envText';
import { errorCause } from '../lib/errorCause';
import { timingSafeEqual } from '../lib/timingSafeEqual';
import { findMetaForm } from './findLeadAdsForm';
import { metaSignatureValid } from './metaSignature';
import { processPlatformLead } from './processPlatformLead';

/** Meta batches changes; a webhook body larger than this is not Meta's. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

const leadgenSchema = v.object({
  object: v.literal('page'),
  entry: v.array(
    v.object({
      id: v.string(),
      changes: v.optional(
        v.array(v.object({ field: v.string(), value: v.optional(v.record(v.string(), v.unknown()), {}) })),
        [],
      ),
    }),
  ),
});

/**
 * Meta's verification request for the webhook (`GET /api/lead-ads/meta/:pageId?hub.mode=subscribe
 * &hub.verify_token=…&hub.challenge=…`): the challenge, as plain text, only for the verify token the
 * connection names.
 */
export async function metaVerifyAction(rc: RequestContext): Promise<Response> {
  const found = await findMetaForm(rc.env, rc.params.pageId ?? '');
  if (!found) return errorResponse('form_not_found');
  const expected = envText(rc.env, found.meta.verifyToken);
  if (!expected) return errorResponse('lead_ads_not_configured');
  const query = rc.url.searchParams;
  const given = new TextEncoder().encode(query.get('hub.verify_token') ?? '');
  const challenge = query.get('hub.challenge') ?? '';
  if (query.get('hub.mode') !== 'subscribe' || !timingSafeEqual(given, new TextEncoder().encode(expected))) {
    return errorResponse('verify_token_mismatch');
  }
  // Echoed as text, and only a token's characters: the answer can never become a page.
  if (!/^[\w-]{1,200}$/.test(challenge)) return errorResponse('invalid_request');
  return new Response(challenge, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * Meta's leadgen webhook (`POST /api/lead-ads/meta/:pageId`): checks X-Hub-Signature-256 over the
 * exact body, then records each announced lead of this Page (and of the connection's lead forms)
 * before answering, so none is lost; a lead announced again is the row already there. Fetching and
 * storing the leads starts after the answer; the cron retries whatever could not be fetched. A lead
 * of one of the Page's lead forms the connection does not list waits, failed, for the owner.
 */
export async function metaWebhookAction(rc: RequestContext): Promise<Response> {
  const pageId = rc.params.pageId ?? '';
  const found = await findMetaForm(rc.env, pageId);
  if (!found) return errorResponse('form_not_found');
  const { form, meta } = found;
  const secret = envText(rc.env, meta.appSecret);
  if (!secret) return errorResponse('lead_ads_not_configured');
  const body = await readBody(rc.request, MAX_WEBHOOK_BYTES);
  if (!body.ok) return errorResponse('payload_too_large');
  const signature = rc.request.headers.get('x-hub-signature-256');
  if (!signature || !(await metaSignatureValid(secret, body.bytes, signature)))
    return errorResponse('signature_invalid');
  let parsed: v.SafeParseResult<typeof leadgenSchema>;
  try {
    parsed = v.safeParse(leadgenSchema, JSON.parse(new TextDecoder().decode(body.bytes)));
  } catch {
    return errorResponse('malformed_body');
  }
  if (!parsed.success) return errorResponse('malformed_body');

  const announced = parsed.output.entry
    .filter((entry) => entry.id === pageId)
    .flatMap((entry) => entry.changes)
    .filter((change) => change.field === 'leadgen')
    .map((change) => change.value)
    .flatMap((value) => {
      const text = (key: string) =>
        typeof value[key] === 'string' || typeof value[key] === 'number' ? String(value[key]) : undefined;
      const leadId = text('leadgen_id');
      const formId = text('form_id');
      if (!leadId || !/^\d{1,30}$/.test(leadId)) return [];
      // A lead of another of the Page's lead forms is kept for the owner, never silently dropped.
      const elsewhere = meta.formIds !== undefined && (!formId || !meta.formIds.includes(formId));
      const ids = Object.fromEntries(
        [
          ['adId', text('ad_id')],
          ['leadFormId', formId],
        ].filter((pair): pair is [string, string] => pair[1] !== undefined),
      );
      return [{ id: `meta:${leadId}`, leadId, ids, elsewhere, formId }];
    });

  const orm = drizzle(rc.env.DB);
  const now = rc.now;
  let fresh: string[] = [];
  if (announced.length > 0) {
    try {
      const [first, ...rest] = announced.map((lead) =>
        orm
          .insert(platformLeads)
          .values({
            id: lead.id,
            platform: 'meta',
            externalId: lead.leadId,
            formSlug: form.slug,
            accountId: pageId,
            ids: lead.ids,
            state: lead.elsewhere ? 'failed' : 'pending',
            ...(lead.elsewhere && {
              lastError: `It came from the Page's lead form ${lead.formId ?? '(unknown)'}, which leadAds.meta.formIds does not list. Add it there, then retry.`,
            }),
            nextAttemptAt: now,
            receivedAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: platformLeads.id }),
      );
      if (first) fresh = (await orm.batch([first, ...rest])).flat().map((row) => row.id);
      fresh = fresh.filter((id) => !announced.some((lead) => lead.id === id && lead.elsewhere));
    } catch (error) {
      // Not recorded: Meta must send it again, so this is no success.
      console.error('meta leads not recorded', { page: pageId, cause: errorCause(error) });
      return errorResponse('storage_unavailable');
    }
  }
  rc.ctx.waitUntil(
    (async () => {
      for (const id of fresh) await processPlatformLead(rc.env, id, new Date());
    })(),
  );
  return json({ received: announced.length, new: fresh.length });
}
