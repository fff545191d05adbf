import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { openToken, signToken } from '../lib/signedToken';

const DAY_MS = 86_400_000;

/**
 * The address of a lead's copy of the form's download: signed for this form and lead, and working
 * for the download's `days`. Nobody gets one without a stored submission.
 */
export async function downloadLink(
  env: Env,
  form: FormDefinition,
  leadId: string,
  origin: string,
  now: Date,
): Promise<string | undefined> {
  if (!form.download) return undefined;
  const expires = now.getTime() + form.download.days * DAY_MS;
  const token = await signToken(env.FORM_TOKEN_SECRET, `download:${form.slug}`, `${leadId}~${expires}`);
  return `${origin}/f/${form.slug}/download/${encodeURIComponent(form.download.filename)}?t=${encodeURIComponent(token)}`;
}

/** The lead a download link was made for, while it has not expired; undefined for anything else. */
export async function openDownloadLink(
  env: Env,
  slug: string,
  token: string,
  now: Date,
): Promise<{ leadId: string } | { expired: true } | undefined> {
  const payload = await openToken(env.FORM_TOKEN_SECRET, `download:${slug}`, token);
  if (!payload) return undefined;
  const [leadId, expires] = payload.split('~');
  if (!leadId || !expires) return undefined;
  return Number(expires) > now.getTime() ? { leadId } : { expired: true };
}
