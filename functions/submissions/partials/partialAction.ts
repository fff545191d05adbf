import { contactOf } from '../../../src/engine/fields/contactOf';
import { contactColumns } from '../../db/contactColumns';
import { upsertPartialLead } from '../../db/upsertPartialLead';
import { visitorCountry } from '../../http/client';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import type { RequestContext } from '../../http/requestContext';
import { formOf } from '../../http/requestContext';
import { errorCause } from '../../lib/errorCause';
import { readAttribution } from '../attribution/attribution';
import { checkRateLimit } from '../screening/checkRateLimit';
import { honeypotFilled } from '../screening/honeypotFilled';
import { consentRecords } from '../submit/consentRecords';
import { readSubmission } from '../submit/readSubmission';
import { partialAnswers } from './partialAnswers';

const FILL_ID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/;

/**
 * POST /api/forms/:slug/partials: the island's beacon when a visitor leaves a multi-step form
 * (`_partial` is the fill's id). Kept, as 202 `{ id }`, only if the form keeps partial leads and the
 * answers so far include valid contact details and the ticked consent the form names; a later
 * beacon of the same fill updates it. Nothing is sent anywhere: the owner sees it, and the resume link
 * (resumeLink.ts) reopens it.
 */
export async function partialAction(rc: RequestContext): Promise<Response> {
  const { request, env } = rc;
  const form = formOf(rc);
  if (request.headers.get('origin') && request.headers.get('origin') !== new URL(request.url).origin) {
    return errorResponse('origin_not_allowed');
  }
  const rate = await checkRateLimit(env, form.slug, request);
  if (!rate.ok) return errorResponse('rate_limited', { headers: { 'retry-after': String(rate.retryAfter) } });
  const body = await readSubmission(request);
  if (!body.ok) return errorResponse(body.code);
  const id = body.input._partial;
  const policy = form.partialLeads;
  if (!policy || typeof id !== 'string' || !FILL_ID.test(id)) return errorResponse('partial_not_kept');
  // A bot's beacon is dropped without a word, as its submissions are answered like anyone's.
  if (honeypotFilled(body.input)) return json({ id }, { status: 202 });

  const now = new Date();
  const kept = partialAnswers(form, body.input, { visitorCountry: visitorCountry(request) });
  const contact = contactColumns(contactOf(form, kept.answers));
  const consent = await consentRecords(form, kept.answers, now);
  if ((!contact.contactEmail && !contact.contactPhone) || !consent.some((record) => record.field === policy.consent)) {
    return errorResponse('partial_not_kept');
  }
  try {
    await upsertPartialLead(env.DB, {
      id,
      formSlug: form.slug,
      formVersion: form.version,
      answers: kept.answers,
      steps: kept.steps,
      ...contact,
      consent,
      attribution: readAttribution(request, now) ?? null,
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + policy.keepDays * 86_400_000),
    });
  } catch (error) {
    console.error('partial lead not kept', { form: form.slug, cause: errorCause(error) });
    return errorResponse('storage_unavailable', { headers: { 'retry-after': '5' } });
  }
  return json({ id }, { status: 202 });
}
