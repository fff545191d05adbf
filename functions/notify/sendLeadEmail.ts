import type { EmailPayload } from '../db/tables/outboxTables';
import { envText } from '../lib/envText';
import type { OwnerEmailResult } from './sendOwnerEmail';

/**
 * Sends a lead their reply through the LEAD_EMAIL binding, from REPLY_FROM (else OWNER_EMAIL_FROM),
 * with replies going to OWNER_EMAIL_TO. Never throws: a refusal is the attempt's outcome, retried by
 * the outbox, and never touches the lead.
 */
export async function sendLeadEmail(env: Env, email: EmailPayload, messageId: string): Promise<OwnerEmailResult> {
  const from = envText(env, 'REPLY_FROM') || envText(env, 'OWNER_EMAIL_FROM');
  const replyTo = envText(env, 'OWNER_EMAIL_TO');
  if (!env.LEAD_EMAIL || !from || !email.address) {
    return {
      sent: false,
      reason: 'Replies are not configured: they need the LEAD_EMAIL binding and REPLY_FROM or OWNER_EMAIL_FROM.',
    };
  }
  try {
    const { messageId: accepted } = await env.LEAD_EMAIL.send({
      from,
      to: email.address,
      subject: email.subject,
      text: email.text,
      ...(email.html && { html: email.html }),
      ...(replyTo && { replyTo }),
      headers: { 'Message-ID': `<${messageId}@formwell.invalid>` },
      ...(email.calendar && {
        attachments: [
          {
            content: new TextEncoder().encode(email.calendar.content).buffer as ArrayBuffer,
            filename: email.calendar.filename,
            type: 'text/calendar',
            disposition: 'attachment' as const,
          },
        ],
      }),
    });
    return { sent: true, messageId: accepted };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('reply not sent', { reason });
    return { sent: false, reason: `The email binding refused the reply: ${reason}` };
  }
}

/** Replies are queued only while they can be sent. */
export function leadEmailConfigured(env: Env): boolean {
  return Boolean(env.LEAD_EMAIL) && !!(envText(env, 'REPLY_FROM') || envText(env, 'OWNER_EMAIL_FROM'));
}
