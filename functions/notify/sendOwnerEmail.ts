import { envText } from '../lib/envText';

export interface OwnerEmail {
  subject: string;
  text: string;
  /** Where the owner's reply goes, e.g. the lead's own address. */
  replyTo?: string;
  /** Stable per message (the outbox id), so a mail system can tell a retried send from a new mail. */
  messageId?: string;
}

export type OwnerEmailResult = { sent: true; messageId: string } | { sent: false; reason: string };

/**
 * Emails the owner through the OWNER_EMAIL binding, from OWNER_EMAIL_FROM to OWNER_EMAIL_TO. Never
 * throws: an email that cannot be sent is logged and reported as a value, so it cannot affect the
 * lead or its webhooks.
 */
export async function sendOwnerEmail(env: Env, email: OwnerEmail): Promise<OwnerEmailResult> {
  const to = envText(env, 'OWNER_EMAIL_TO');
  const from = envText(env, 'OWNER_EMAIL_FROM');
  if (!env.OWNER_EMAIL || !to || !from) {
    return {
      sent: false,
      reason: 'Owner email is not configured: it needs the OWNER_EMAIL binding, OWNER_EMAIL_TO and OWNER_EMAIL_FROM.',
    };
  }
  try {
    const { messageId } = await env.OWNER_EMAIL.send({
      from,
      to,
      subject: email.subject,
      text: email.text,
      ...(email.replyTo && { replyTo: email.replyTo }),
      ...(email.messageId && { headers: { 'Message-ID': `<${email.messageId}@formwell.invalid>` } }),
    });
    return { sent: true, messageId };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('owner email not sent', { subject: email.subject, reason });
    return { sent: false, reason: `The email binding refused the message: ${reason}` };
  }
}
