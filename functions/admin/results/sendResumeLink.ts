import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { partialLeads } from '../../db/tables/intakeTables';
import { sendLeadEmail } from '../../notify/sendLeadEmail';
import { resumeEmail } from '../../submissions/partials/resumeEmail';
import { resumeLink } from '../../submissions/partials/resumeLink';

/** A second press within this time sends nothing: one reminder, not two. */
export const RESEND_AFTER_MS = 10 * 60 * 1000;

export type ResumeSend =
  | { ok: true; address: string }
  | {
      ok: false;
      reason: 'not_found' | 'finished' | 'expired' | 'no_email' | 'no_consent' | 'just_sent' | 'not_sent';
      detail?: string;
    };

/**
 * Emails a partial lead's visitor the link back to their unfinished form, now (the owner waits for
 * the answer and sees it): only with an email address and the consent the form asks before keeping
 * anything, once per RESEND_AFTER_MS whatever the clicks, and recorded on the partial.
 */
export async function sendResumeLink(
  env: Env,
  form: FormDefinition,
  id: string,
  origin: string,
  now: Date,
): Promise<ResumeSend> {
  const orm = drizzle(env.DB);
  const [partial] = await orm
    .select()
    .from(partialLeads)
    .where(and(eq(partialLeads.id, id), eq(partialLeads.formSlug, form.slug)))
    .limit(1);
  if (!partial) return { ok: false, reason: 'not_found' };
  if (partial.completedLeadId) return { ok: false, reason: 'finished' };
  if (partial.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (!partial.contactEmail) return { ok: false, reason: 'no_email' };
  if (partial.consent.length === 0) return { ok: false, reason: 'no_consent' };
  // Claimed first: of two presses at once, only the one whose update changed the row sends.
  const claimed = await orm
    .update(partialLeads)
    .set({ resumeSentAt: now })
    .where(
      and(
        eq(partialLeads.id, id),
        // Checked again in the claim: the visitor may have finished (or been erased) since the read.
        isNull(partialLeads.completedLeadId),
        gt(partialLeads.expiresAt, now),
        or(isNull(partialLeads.resumeSentAt), lt(partialLeads.resumeSentAt, new Date(now.getTime() - RESEND_AFTER_MS))),
      ),
    )
    .returning({ id: partialLeads.id });
  if (claimed.length === 0) return { ok: false, reason: 'just_sent' };
  const link = await resumeLink(env.FORM_TOKEN_SECRET, origin, form, partial);
  const sent = await sendLeadEmail(
    env,
    resumeEmail(form, partial.contactEmail, link, partial.expiresAt),
    `resume-${id}-${now.getTime()}`,
  );
  if (sent.sent) return { ok: true, address: partial.contactEmail };
  await orm.update(partialLeads).set({ resumeSentAt: partial.resumeSentAt }).where(eq(partialLeads.id, id));
  return { ok: false, reason: 'not_sent', detail: sent.reason };
}
