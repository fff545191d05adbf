import { sendConversion } from '../conversions/sendConversion';
import type { EmailPayload, OutboxRow } from '../db/tables/outboxTables';
import { sendLeadEmail } from '../notify/sendLeadEmail';
import { sendOwnerEmail } from '../notify/sendOwnerEmail';
import { resolveTarget } from '../webhooks/resolveTarget';
import { type SentAttempt, sendAttempt } from '../webhooks/sendAttempt';

/**
 * One attempt of a claimed outbox row, whatever its channel, without recording it: a webhook is
 * resolved (SSRF check, secrets) and POSTed; an email goes through the send_email binding with the
 * row's id as its Message-ID; a conversion goes to its ad platform (sendConversion.ts). Never throws for a failure of the target: that is the outcome.
 */
export async function attemptDelivery(env: Env, row: OutboxRow, timeoutMs: number): Promise<SentAttempt> {
  if (row.channel === 'email') {
    const started = Date.now();
    const email = row.payload as unknown as EmailPayload;
    const sent =
      email.to === 'lead'
        ? await sendLeadEmail(env, email, row.id)
        : await sendOwnerEmail(env, { ...email, messageId: row.id });
    const reason = sent.sent ? null : sent.reason;
    return {
      outcome: sent.sent ? { kind: 'accepted' } : { kind: 'refused', reason: sent.reason },
      durationMs: Date.now() - started,
      httpStatus: null,
      error: reason,
      responseBody: sent.sent ? `accepted as ${sent.messageId}` : null,
    };
  }
  if (row.channel === 'conversion') return sendConversion(env, row, timeoutMs);
  const target = resolveTarget(row.target, env);
  if (!target.ok) {
    return {
      outcome: { kind: 'not-sent', reason: target.reason },
      durationMs: 0,
      httpStatus: null,
      error: target.reason,
      responseBody: null,
    };
  }
  return sendAttempt({ url: target.url, id: row.id, body: JSON.stringify(row.payload), keys: target.keys, timeoutMs });
}
